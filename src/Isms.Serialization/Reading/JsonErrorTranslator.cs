using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace Isms.Serialization.Reading;

/// <summary>
/// Turns a <see cref="JsonException"/> from the strict deserializer into an <see cref="IsmsDocumentException"/>:
/// a stable code, the path, the line and position, and what was expected in the document's own terms
/// (member names and JSON types, never .NET type names).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class JsonErrorTranslator
{
    /// <param name="ex">What System.Text.Json threw.</param>
    /// <param name="utf8">The text that was being read (after any migration).</param>
    /// <param name="root">The root record's metadata.</param>
    /// <param name="migrationNote">Null when <paramref name="utf8"/> is the original text; else what was migrated, appended to the problem (the caller locates the path in the original).</param>
    public static IsmsDocumentException Translate(JsonException ex, ReadOnlySpan<byte> utf8, JsonTypeInfo root, string? migrationNote)
    {
        var message = ex.Message;
        var path = ex.Path ?? "$";
        long? line = migrationNote is null && ex.LineNumber is { } l ? l + 1 : null;
        long? position = migrationNote is null && ex.BytePositionInLine is { } p ? p + 1 : null;
        var suffix = migrationNote ?? string.Empty;

        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            // The name sits between the first quote and the last "' could not": it may hold quotes itself, and then
            // System.Text.Json's path writes it unescaped (['a'b']), which no parser reads back. So the parent's path is
            // what precedes the name's own segment, and the member's path is rebuilt with the library's escaping.
            var member = MemberName(message) ?? JsonPathSegments.LastMember(path) ?? "?";
            var parentPath = path;
            if (JsonPathSegments.LastMember(path) == member)
            {
                var segments = JsonPathSegments.Parse(path);
                segments.RemoveAt(segments.Count - 1);
                parentPath = Format(segments);
            }
            else
            {
                foreach (var segment in new[] { "['" + member + "']", "." + member })
                {
                    if (path.EndsWith(segment, StringComparison.Ordinal))
                    {
                        parentPath = path[..^segment.Length];
                        break;
                    }
                }

                path = AppendMember(parentPath, member);
            }

            if (migrationNote is null && PathLocator.Locate(utf8, path) is { } at)
            {
                (line, position) = TextPosition.At(utf8, at.Offset);
            }

            var owner = Resolve(root, JsonPathSegments.Parse(parentPath));
            return new IsmsDocumentException(DocumentErrorCodes.UnknownMember, path, line, position,
                $"unknown member '{DocumentScanner.Truncate(member)}'" + suffix, owner is null ? null : "one of " + MemberList(owner), ex);
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            var names = ListAfter(message, "including:");

            // The reader notices at the object's end; point at its start, where a reader of the file looks for members.
            if (migrationNote is null && PathLocator.Locate(utf8, path) is { } start)
            {
                (line, position) = TextPosition.At(utf8, start.Offset);
            }

            return new IsmsDocumentException(DocumentErrorCodes.MissingMember, path, line, position,
                $"required member{(names.Contains(',', StringComparison.Ordinal) ? "s" : string.Empty)} {names} missing" + suffix,
                "every required member of the object", ex);
        }

        if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            var member = Quoted(message) ?? JsonPathSegments.LastMember(path) ?? "?";
            return new IsmsDocumentException(DocumentErrorCodes.DuplicateMember, path, line, position,
                $"the member '{DocumentScanner.Truncate(member)}' appears twice" + suffix, "each member once per object", ex);
        }

        var target = Resolve(root, JsonPathSegments.Parse(path));
        var expected = target is null ? null : Describe(target);
        if (message.Contains("null", StringComparison.OrdinalIgnoreCase) && message.Contains("allow", StringComparison.OrdinalIgnoreCase))
        {
            return new IsmsDocumentException(DocumentErrorCodes.WrongType, path, line, position,
                "null is not allowed here" + suffix, expected ?? "a value", ex);
        }

        // The value's own place: System.Text.Json may report the failure where it finished the object (a record it
        // builds through its initializer is checked at its end), so the line is taken from the path, which is exact.
        var located = PathLocator.Locate(utf8, path);
        var token = located?.Token;
        if (migrationNote is null && located is { } value)
        {
            (line, position) = TextPosition.At(utf8, value.Offset);
        }

        var isNumberOutOfRange = token == JsonTokenType.Number && target is not null && IsNumeric(target.Type);
        var isBadText = token == JsonTokenType.String && target is not null && IsTextual(target.Type);
        if (token == JsonTokenType.String && target is not null && target.Type == typeof(string))
        {
            // A string where a string is expected fails only when its escapes decode to ill-formed UTF-16 ("\ud800").
            return new IsmsDocumentException(DocumentErrorCodes.InvalidValue, path, line, position,
                "the text is not well-formed Unicode (an escaped lone surrogate such as \\ud800)" + suffix,
                "text whose \\u escapes form whole characters (surrogates only in pairs)", ex);
        }

        if (isNumberOutOfRange || isBadText)
        {
            return new IsmsDocumentException(DocumentErrorCodes.InvalidValue, path, line, position,
                (isNumberOutOfRange ? "the number is out of range" : "the text is not a valid value") + suffix, expected, ex);
        }

        return new IsmsDocumentException(DocumentErrorCodes.WrongType, path, line, position,
            (token is { } t ? $"a JSON {Name(t)} is not allowed here" : "the value has the wrong type") + suffix, expected, ex);
    }

    /// <summary>Walks the persistence metadata along a path to the type expected there.</summary>
    internal static JsonTypeInfo? Resolve(JsonTypeInfo root, List<object> segments)
    {
        var current = root;
        foreach (var segment in segments)
        {
            Type? next = null;
            if (segment is string name && current.Kind == JsonTypeInfoKind.Object)
            {
                next = current.Properties.FirstOrDefault(p => p.Name == name)?.PropertyType;
            }
            else if (segment is int && current.Kind == JsonTypeInfoKind.Enumerable)
            {
                next = current.ElementType;
            }
            else if (segment is string && current.Kind == JsonTypeInfoKind.Dictionary)
            {
                next = current.ElementType;
            }

            if (next is null)
            {
                return null;
            }

            current = current.Options.GetTypeInfo(next);
        }

        return current;
    }

    internal static string MemberList(JsonTypeInfo type) =>
        string.Join(", ", type.Properties.OrderBy(p => p.Order).Select(p => p.Name));

    internal static string Describe(JsonTypeInfo info)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        if (type == typeof(string))
        {
            return "a string";
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(short))
        {
            return "a whole number";
        }

        if (type == typeof(double) || type == typeof(decimal) || type == typeof(float))
        {
            return "a finite number";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(LocalDate))
        {
            return "an ISO-8601 date string (yyyy-MM-dd)";
        }

        if (type == typeof(Instant))
        {
            return "an ISO-8601 UTC instant string (yyyy-MM-ddTHH:mm:ssZ)";
        }

        if (type == typeof(Period))
        {
            return "an ISO-8601 period string (e.g. P1Y2M)";
        }

        if (type == typeof(Duration))
        {
            return "a duration string (e.g. 1:00:00:00)";
        }

        if (type.IsEnum)
        {
            return "one of the names listed in the schema for this member";
        }

        return info.Kind switch
        {
            JsonTypeInfoKind.Object => "an object with members " + MemberList(info),
            JsonTypeInfoKind.Enumerable => "an array",
            JsonTypeInfoKind.Dictionary => "an object",
            _ => "a value",
        };
    }

    /// <summary>Types written as JSON strings with a format of their own: a string that fails to parse is an invalid value.</summary>
    private static bool IsTextual(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum || type == typeof(LocalDate) || type == typeof(Instant) || type == typeof(Period) || type == typeof(Duration);
    }

    private static bool IsNumeric(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(double) || type == typeof(decimal) || type == typeof(float);
    }

    private static string Name(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => "value",
    };

    private static string? MemberName(string message)
    {
        const string After = "' could not be mapped";
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = message.LastIndexOf(After, StringComparison.Ordinal);
        return start < 0 || end <= start ? null : message[(start + 1)..end];
    }

    private static string? Quoted(string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = message.IndexOf('\'', start + 1);
        return end < 0 ? null : message[(start + 1)..end];
    }

    private static string ListAfter(string message, string marker)
    {
        var at = message.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return "?";
        }

        var rest = message[(at + marker.Length)..];
        var cut = rest.IndexOf(". Path:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            rest = rest[..cut];
        }

        return rest.Trim().TrimEnd('.');
    }

    private static string AppendMember(string path, string member) =>
        member.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? $"{path}.{member}" : $"{path}['{member}']";

    private static string Format(List<object> segments)
    {
        var text = "$";
        foreach (var segment in segments)
        {
            text = segment is int i ? string.Create(CultureInfo.InvariantCulture, $"{text}[{i}]") : AppendMember(text, (string)segment);
        }

        return text;
    }
}
