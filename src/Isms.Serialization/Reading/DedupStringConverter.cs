using System.Text.Json;
using System.Text.Json.Serialization;

namespace Isms.Serialization.Reading;

/// <summary>
/// Reads strings through the <see cref="StringTable"/> of the read in progress on this thread, if any; otherwise, and
/// for anything but a plain string token, exactly as System.Text.Json's own string converter (the same values, the
/// same errors for a wrong token type). Writes strings unchanged.
/// </summary>
/// <threadsafety>Thread-safe: the table is per thread and per read.</threadsafety>
internal sealed class DedupStringConverter : JsonConverter<string>
{
    [ThreadStatic]
    private static StringTable? t_table;

    /// <summary>The table of the read in progress on this thread; set and cleared by the serializer around one read.</summary>
    public static StringTable? Current
    {
        get => t_table;
        set => t_table = value;
    }

    /// <inheritdoc />
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadString(ref reader);

    /// <summary>The string of the current token, read as <see cref="Read"/> reads it (the hand-written register readers share it).</summary>
    public static string? ReadString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence && t_table is { } table
            ? table.Get(ref reader)
            : reader.GetString();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
