using System.Text.Json;
using Isms.Serialization.Persistence;
using NodaTime;

namespace Isms.Serialization.Writing;

/// <summary>
/// The value writers of the hand-written register converters: the same text as the source-generated metadata writes
/// (strings through the writer's encoder, dates through <see cref="IsoLocalDateConverter"/>, nulls left out).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class RecordWriter
{
    private static readonly IsoLocalDateConverter Dates = new();

    /// <summary>Writes a member holding a date.</summary>
    public static void Date(Utf8JsonWriter writer, JsonEncodedText name, LocalDate value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        Dates.Write(writer, value, options);
    }

    /// <summary>Writes a member holding a date, or nothing when it is null.</summary>
    public static void Date(Utf8JsonWriter writer, JsonEncodedText name, LocalDate? value, JsonSerializerOptions options)
    {
        if (value is { } date)
        {
            Date(writer, name, date, options);
        }
    }

    /// <summary>Writes a member holding a string, or nothing when it is null.</summary>
    public static void String(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes a member holding a list of strings.</summary>
    public static void Strings(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string> values)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a member holding a record the generic metadata writes (a rare, small part of a register).</summary>
    public static void Generic<T>(Utf8JsonWriter writer, JsonEncodedText name, T? value, JsonSerializerOptions options)
        where T : class
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, value, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
        }
    }
}
