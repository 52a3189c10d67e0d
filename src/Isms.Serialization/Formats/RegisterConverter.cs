using System.Text.Json;
using System.Text.Json.Serialization;
using Isms.Serialization.Reading;

namespace Isms.Serialization.Formats;

/// <summary>
/// A hand-written <see cref="Utf8JsonReader"/>/<see cref="Utf8JsonWriter"/> converter for one large register of the
/// <c>isms</c> kind (tens of thousands of items): the same records and the same bytes as the source-generated
/// metadata, without its per-property dispatch. Reading accepts only what it reads itself and declines the rest
/// (<see cref="FastPathDeclinedException"/>): the serializer then reads the document through the generic strict path,
/// so every error (code, path, line, position) comes from there, unchanged.
/// </summary>
/// <typeparam name="T">The register's persistence record.</typeparam>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal abstract class RegisterConverter<T> : JsonConverter<IReadOnlyList<T>>
    where T : class
{
    /// <inheritdoc />
    public sealed override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw RegisterReader.Decline();
            }

            var items = new List<T>();
            while (true)
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    return items.Count == 0 ? [] : items.ToArray();
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw RegisterReader.Decline();
                }

                items.Add(ReadItem(ref reader, options));
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException or OverflowException)
        {
            // Anything the reader or a converter throws is for the generic path to report, with its own path and position.
            throw new FastPathDeclinedException("A value of the register could not be read by the hand-written reader.", ex);
        }
    }

    /// <inheritdoc />
    public sealed override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            WriteItem(writer, item, options);
        }

        writer.WriteEndArray();
    }

    /// <summary>Reads one item: the reader is on its <see cref="JsonTokenType.StartObject"/> and is left on its end.</summary>
    protected abstract T ReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options);

    /// <summary>Writes one item as the source-generated metadata writes it (member order, nulls left out).</summary>
    protected abstract void WriteItem(Utf8JsonWriter writer, T item, JsonSerializerOptions options);
}
