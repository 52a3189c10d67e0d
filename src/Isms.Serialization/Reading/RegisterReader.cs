using System.Runtime.CompilerServices;
using System.Text.Json;
using Isms.Serialization.Persistence;
using NodaTime;

namespace Isms.Serialization.Reading;

/// <summary>
/// The value readers of the hand-written register converters (<see cref="Formats.RegisterConverter{T}"/>). Each reads
/// exactly what the generic strict path reads the same way (strings through the read's <see cref="StringTable"/>,
/// numbers as <see cref="Utf8JsonReader.TryGetInt32(out int)"/>, dates through <see cref="IsoLocalDateConverter"/>)
/// and declines (<see cref="FastPathDeclinedException"/>) everything else, so the generic path decides every error.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class RegisterReader
{
    private static readonly IsoLocalDateConverter Dates = new();

    /// <summary>Declines the input (see <see cref="FastPathDeclinedException"/>).</summary>
    public static FastPathDeclinedException Decline() => new();

    /// <summary>
    /// Moves to the next member of an object: true with the reader on an unescaped property name, false at the end
    /// of the object. Escaped names (which the generic path unescapes before matching) are declined.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NextMember(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped)
        {
            throw Decline();
        }

        return true;
    }

    /// <summary>Records member <paramref name="bit"/> as seen; a second occurrence (a duplicate member) is declined.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Mark(ref uint seen, uint bit)
    {
        if ((seen & bit) != 0)
        {
            throw Decline();
        }

        seen |= bit;
    }

    /// <summary>Declines unless every bit of <paramref name="required"/> was seen.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Require(uint seen, uint required)
    {
        if ((seen & required) != required)
        {
            throw Decline();
        }
    }

    /// <summary>Reads the next token as a non-null string.</summary>
    public static string String(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Decline();
        }

        return DedupStringConverter.ReadString(ref reader)!;
    }

    /// <summary>Reads the next token as a string or null.</summary>
    public static string? NullableString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => DedupStringConverter.ReadString(ref reader)!,
            JsonTokenType.Null => null,
            _ => throw Decline(),
        };
    }

    /// <summary>Reads the next token as a 32-bit integer (a JSON number, never a string: strict number handling).</summary>
    public static int Int32(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
        {
            throw Decline();
        }

        return value;
    }

    /// <summary>Reads the next token as a date (a string; the same converter as the generic path).</summary>
    public static LocalDate Date(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Decline();
        }

        return Dates.Read(ref reader, typeof(LocalDate), options);
    }

    /// <summary>Reads the next token as a date or null.</summary>
    public static LocalDate? NullableDate(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => Dates.Read(ref reader, typeof(LocalDate), options),
            JsonTokenType.Null => null,
            _ => throw Decline(),
        };
    }

    /// <summary>Reads the next token as an array of non-null strings (an exactly sized array).</summary>
    public static IReadOnlyList<string> StringList(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Decline();
        }

        reader.Read();
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return [];
        }

        // Registers' reference lists are short: one or two items need no list at all.
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Decline();
        }

        var first = DedupStringConverter.ReadString(ref reader)!;
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return [first];
        }

        var items = new List<string>(4) { first };
        while (true)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw Decline();
            }

            items.Add(DedupStringConverter.ReadString(ref reader)!);
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return items.ToArray();
            }
        }
    }

    /// <summary>Reads the next token as a value of a persistence record the generic path reads (a rare, small part of a register).</summary>
    public static T? Generic<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
        where T : class
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return JsonSerializer.Deserialize(ref reader, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
    }

    /// <summary>Declines unless the next token starts an object.</summary>
    public static void StartObject(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Decline();
        }
    }
}
