using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Isms.Serialization.Reading;

/// <summary>
/// The first pass over every JSON input (documents and the JSON formats imported, see <see cref="ScanRules"/>): checks
/// UTF-8, syntax, size, depth, items per collection, token lengths and escapes that decode to a lone UTF-16 surrogate,
/// with a forward-only <see cref="Utf8JsonReader"/> (no allocation proportional to the document), and finds the
/// envelope. Only input that passes is handed to the deserializer or a format's reader, so hostile input costs
/// bounded work and every string and member name can be decoded afterwards.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class DocumentScanner
{
    /// <summary>The longest number token accepted; longer ones are hostile, not data.</summary>
    internal const int MaxNumberBytes = 64;

    private static readonly byte[] SchemaVersionName = "schemaVersion"u8.ToArray();
    private static readonly byte[] KindName = "kind"u8.ToArray();

    /// <summary>At most this many nested <c>schemaVersion</c> members are recorded (embedded records are few).</summary>
    internal const int MaxNestedVersions = 16;

    public static DocumentHeaderScan Scan(ReadOnlySpan<byte> utf8, IsmsDocumentOptions options) => Scan(utf8, options, ScanRules.Document);

    public static DocumentHeaderScan Scan(ReadOnlySpan<byte> utf8, IsmsDocumentOptions options, ScanRules rules) => Scan(utf8, options, rules, null);

    /// <summary>
    /// Scans <paramref name="utf8"/>; the arrays at the root that <paramref name="rootArrays"/> wants are read by it
    /// instead (it applies the limits to them), so they are tokenized once.
    /// </summary>
    public static DocumentHeaderScan Scan(ReadOnlySpan<byte> utf8, IsmsDocumentOptions options, ScanRules rules, IRootArrayReader? rootArrays)
    {
        if (utf8.Length > options.MaxDocumentBytes)
        {
            throw new IsmsDocumentException(
                DocumentErrorCodes.DocumentTooLarge, null, null, null,
                string.Create(CultureInfo.InvariantCulture, $"the document is {utf8.Length} bytes"),
                string.Create(CultureInfo.InvariantCulture, $"at most {options.MaxDocumentBytes} bytes (IsmsDocumentOptions.MaxDocumentBytes)"));
        }

        // A byte order mark is tolerated (editors write one); Utf8JsonReader skips it.
        if (!Utf8.IsValid(utf8))
        {
            var bad = TextInput.FirstInvalidUtf8(utf8);
            var (line, position) = TextPosition.At(utf8, bad);
            throw new IsmsDocumentException(
                DocumentErrorCodes.InvalidUtf8, null, line, position,
                string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte {bad}"), "UTF-8 encoded text");
        }

        var maxDepth = options.MaxDepth;
        var frames = new Frame[maxDepth + 1];
        var depth = 0;
        string? kind = null;
        int? version = null;
        long kindOffset = 0, versionOffset = 0;
        List<NestedVersion>? nested = null;
        string? nestedPath = null;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            MaxDepth = maxDepth + 1,
            CommentHandling = rules.AllowComments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });

        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    depth--;
                    continue;
                }

                if (token == JsonTokenType.PropertyName)
                {
                    ref var frame = ref frames[depth];
                    frame.Count++;
                    frame.NameStart = reader.TokenStartIndex;
                    if (frame.Count > options.MaxItemsPerCollection)
                    {
                        throw Limit(utf8, frames, depth, reader.TokenStartIndex, DocumentErrorCodes.TooManyItems,
                            "the object has too many members",
                            $"at most {options.MaxItemsPerCollection} (IsmsDocumentOptions.MaxItemsPerCollection)");
                    }

                    CheckLength(utf8, frames, depth, ref reader, options.MaxStringBytes);
                    CheckWellFormed(utf8, frames, depth, ref reader, "member name");
                    if (depth == 1 && rules.DocumentEnvelope)
                    {
                        if (rootArrays is not null && !reader.ValueIsEscaped && rootArrays.Wants(reader.ValueSpan) && NextIsArray(reader))
                        {
                            var name = reader.ValueSpan;
                            reader.Read();
                            rootArrays.Read(ref reader, name);
                            continue;
                        }

                        ReadEnvelopeMember(utf8, frames, depth, ref reader, ref kind, ref version, ref kindOffset, ref versionOffset);
                    }
                    else if (rules.DocumentEnvelope && reader.ValueTextEquals(SchemaVersionName) && (nested?.Count ?? 0) < MaxNestedVersions)
                    {
                        // An embedded record's own version (e.g. $.riskCriteria): found here so that only documents
                        // with an older embedded record take the migration path.
                        nestedPath = PathOf(utf8, frames, depth - 1);
                    }

                    continue;
                }

                if (nestedPath is not null)
                {
                    (nested ??= []).Add(new NestedVersion(nestedPath, token == JsonTokenType.Number && reader.TryGetInt32(out var nestedVersion) ? nestedVersion : null, reader.TokenStartIndex));
                    nestedPath = null;
                }

                // A value starts: count it in its array.
                if (depth > 0 && frames[depth].IsArray)
                {
                    ref var parent = ref frames[depth];
                    parent.Count++;
                    if (parent.Count > options.MaxItemsPerCollection)
                    {
                        throw Limit(utf8, frames, depth, reader.TokenStartIndex, DocumentErrorCodes.TooManyItems,
                            "the array has too many items",
                            $"at most {options.MaxItemsPerCollection} (IsmsDocumentOptions.MaxItemsPerCollection)");
                    }
                }

                switch (token)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (depth == 0 && token != JsonTokenType.StartObject && rules.DocumentEnvelope)
                        {
                            throw Fail(utf8, frames, depth, reader.TokenStartIndex, DocumentErrorCodes.RootNotObject,
                                "the document root is an array", "a JSON object with schemaVersion and kind");
                        }

                        if (depth + 1 > maxDepth)
                        {
                            throw Limit(utf8, frames, depth, reader.TokenStartIndex, DocumentErrorCodes.TooDeep,
                                string.Create(CultureInfo.InvariantCulture, $"objects and arrays are nested deeper than {maxDepth}"),
                                string.Create(CultureInfo.InvariantCulture, $"at most {maxDepth} levels (IsmsDocumentOptions.MaxDepth)"));
                        }

                        depth++;
                        frames[depth] = new Frame { IsArray = token == JsonTokenType.StartArray };
                        break;
                    case JsonTokenType.String:
                        if (depth == 0 && rules.DocumentEnvelope)
                        {
                            throw RootNotObject(utf8, reader.TokenStartIndex);
                        }

                        CheckLength(utf8, frames, depth, ref reader, options.MaxStringBytes);
                        CheckWellFormed(utf8, frames, depth, ref reader, "text");
                        break;
                    case JsonTokenType.Number:
                        if (depth == 0 && rules.DocumentEnvelope)
                        {
                            throw RootNotObject(utf8, reader.TokenStartIndex);
                        }

                        if ((reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length) > MaxNumberBytes)
                        {
                            throw Limit(utf8, frames, depth, reader.TokenStartIndex, DocumentErrorCodes.TokenTooLong,
                                "the number is too long", string.Create(CultureInfo.InvariantCulture, $"a number of at most {MaxNumberBytes} characters"));
                        }

                        break;
                    default:
                        if (depth == 0 && rules.DocumentEnvelope)
                        {
                            throw RootNotObject(utf8, reader.TokenStartIndex);
                        }

                        // No list of any document kind holds null items (the schemas say so); refused here, once, for
                        // every kind, because System.Text.Json does not apply nullable annotations to list items.
                        if (token == JsonTokenType.Null && depth > 0 && frames[depth].IsArray && rules.DocumentEnvelope)
                        {
                            throw Fail(utf8, frames, depth, reader.TokenStartIndex, DocumentErrorCodes.WrongType,
                                "null is not allowed as a list item", "an item of the list's type");
                        }

                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            // Syntax errors from the reader: it knows the line; the frames know the path.
            var path = PathOf(utf8, frames, depth);
            throw new IsmsDocumentException(
                DocumentErrorCodes.MalformedJson, path, (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1,
                "the text is not well-formed JSON: " + StripLocation(ex.Message), "RFC 8259 JSON without comments or trailing commas", ex);
        }

        return new DocumentHeaderScan(kind, version, kindOffset, versionOffset) { NestedVersions = nested ?? [] };
    }

    private static bool NextIsArray(Utf8JsonReader peek) => peek.Read() && peek.TokenType == JsonTokenType.StartArray;

    private static void ReadEnvelopeMember(
        ReadOnlySpan<byte> utf8, Frame[] frames, int depth, ref Utf8JsonReader reader,
        ref string? kind, ref int? version, ref long kindOffset, ref long versionOffset)
    {
        if (reader.ValueTextEquals(KindName))
        {
            if (!reader.Read())
            {
                return;
            }

            kindOffset = reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.String)
            {
                throw Fail(utf8, frames, depth, reader.TokenStartIndex, DocumentErrorCodes.UnknownKind,
                    "kind is not a string", "a string such as \"isms\" or \"control-catalog\"");
            }

            CheckLength(utf8, frames, depth, ref reader, 64);
            CheckWellFormed(utf8, frames, depth, ref reader, "kind");
            kind = reader.GetString();
        }
        else if (reader.ValueTextEquals(SchemaVersionName))
        {
            if (!reader.Read())
            {
                return;
            }

            versionOffset = reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
            {
                throw Fail(utf8, frames, depth, reader.TokenStartIndex, DocumentErrorCodes.UnsupportedSchemaVersion,
                    "schemaVersion is not a whole number", "a whole number such as 1");
            }

            version = value;
        }
    }

    private static void CheckLength(ReadOnlySpan<byte> utf8, Frame[] frames, int depth, ref Utf8JsonReader reader, int max)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > max)
        {
            throw Limit(utf8, frames, depth, reader.TokenStartIndex, DocumentErrorCodes.TokenTooLong,
                string.Create(CultureInfo.InvariantCulture, $"a string of {length} bytes"),
                string.Create(CultureInfo.InvariantCulture, $"at most {max} bytes (IsmsDocumentOptions.MaxStringBytes)"));
        }
    }

    /// <summary>
    /// Refuses a string or member name whose <c>\u</c> escapes decode to a lone UTF-16 surrogate (<c>"\ud800"</c>):
    /// System.Text.Json cannot decode it (it throws <see cref="InvalidOperationException"/>), and the model refuses
    /// such text anyway. Only escaped tokens are looked at; the raw bytes are already valid UTF-8.
    /// </summary>
    private static void CheckWellFormed(ReadOnlySpan<byte> utf8, Frame[] frames, int depth, ref Utf8JsonReader reader, string what)
    {
        if (!reader.ValueIsEscaped)
        {
            return;
        }

        var escaped = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (!HasLoneSurrogate(escaped))
        {
            return;
        }

        throw Fail(utf8, frames, depth, reader.TokenStartIndex, DocumentErrorCodes.InvalidValue,
            $"the {what} is not well-formed Unicode: an escape such as \\ud800 decodes to a lone UTF-16 surrogate",
            "text whose \\u escapes form whole characters (surrogates only in pairs)");
    }

    /// <summary>True when the escaped JSON text holds a <c>\uD800</c>-<c>\uDFFF</c> escape that is not half of a high-low pair.</summary>
    internal static bool HasLoneSurrogate(ReadOnlySpan<byte> escaped)
    {
        var pendingHigh = false;
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] != (byte)'\\' || i + 1 >= escaped.Length)
            {
                if (pendingHigh)
                {
                    return true;
                }

                continue;
            }

            if (escaped[i + 1] != (byte)'u' || i + 5 >= escaped.Length
                || !int.TryParse(escaped.Slice(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
            {
                if (pendingHigh)
                {
                    return true;
                }

                i++; // a two-character escape such as \n or \\
                continue;
            }

            i += 5;
            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                if (pendingHigh)
                {
                    return true;
                }

                pendingHigh = true;
            }
            else if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                if (!pendingHigh)
                {
                    return true;
                }

                pendingHigh = false;
            }
            else if (pendingHigh)
            {
                return true;
            }
        }

        return pendingHigh;
    }

    private static IsmsDocumentException RootNotObject(ReadOnlySpan<byte> utf8, long offset)
    {
        var (line, position) = TextPosition.At(utf8, offset);
        return new IsmsDocumentException(DocumentErrorCodes.RootNotObject, "$", line, position,
            "the document root is not an object", "a JSON object with schemaVersion and kind");
    }

    private static IsmsDocumentException Limit(ReadOnlySpan<byte> utf8, Frame[] frames, int depth, long offset, string code, string problem, string expected) =>
        Fail(utf8, frames, depth, offset, code, problem, expected);

    private static IsmsDocumentException Fail(ReadOnlySpan<byte> utf8, Frame[] frames, int depth, long offset, string code, string problem, string expected)
    {
        var (line, position) = TextPosition.At(utf8, offset);
        return new IsmsDocumentException(code, PathOf(utf8, frames, depth), line, position, problem, expected);
    }

    /// <summary>Builds the JSON path of the current position from the frames (only on the error path).</summary>
    private static string PathOf(ReadOnlySpan<byte> utf8, Frame[] frames, int depth)
    {
        var path = new StringBuilder("$");
        for (var i = 1; i <= depth; i++)
        {
            var frame = frames[i];
            if (frame.IsArray)
            {
                path.Append('[').Append(Math.Max(0, frame.Count - 1).ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (frame.Count > 0)
            {
                JsonPathSegments.AppendMember(path, NameAt(utf8, frame.NameStart));
            }
        }

        return path.ToString();
    }

    private static string NameAt(ReadOnlySpan<byte> utf8, long start)
    {
        var reader = new Utf8JsonReader(utf8[(int)start..], isFinalBlock: false, default);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                return "?";
            }

            // A name whose escapes do not decode (a lone surrogate) is shown as written, escapes and all. The name is
            // never shortened: a path is data a tool follows back into the input (the problem text shortens names).
            return reader.ValueIsEscaped && HasLoneSurrogate(reader.ValueSpan)
                ? Encoding.UTF8.GetString(reader.ValueSpan)
                : reader.GetString() ?? string.Empty;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return "?";
        }
    }

    internal static string Truncate(string text) => text.Length <= 80 ? text : text[..77] + "...";

    internal static string StripLocation(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        var text = (cut >= 0 ? message[..cut] : message).Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal);
        return text.TrimEnd('.', ' ');
    }

    private struct Frame
    {
        public bool IsArray;
        public int Count;
        public long NameStart;
    }
}
