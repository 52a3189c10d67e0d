using System.Text.Json;
using Isms.Serialization.Formats;

namespace Isms.Serialization.Reading;

/// <summary>
/// A JSON input of an import reader after the strict first pass (<see cref="DocumentScanner"/>: UTF-8, syntax,
/// limits, lone surrogates), parsed to a <see cref="JsonDocument"/> whose strings and names all decode. Errors are
/// placed at a JSON path that exists in the input (its nearest existing ancestor otherwise) with the line and position.
/// </summary>
/// <threadsafety>Instances belong to one read; not shared.</threadsafety>
internal sealed class JsonInput : IDisposable
{
    private readonly byte[] _utf8;
    private readonly bool _allowComments;

    private JsonInput(byte[] utf8, JsonDocument document, string? source, bool allowComments)
    {
        _utf8 = utf8;
        Document = document;
        Source = source;
        _allowComments = allowComments;
    }

    /// <summary>The parsed input.</summary>
    public JsonDocument Document { get; }

    /// <summary>The caller's display name of the input, or null.</summary>
    public string? Source { get; }

    /// <summary>Places a problem at a JSON path of this input.</summary>
    public Fail<string> Fail => (path, problem) => Error(path, problem);

    /// <summary>Checks and parses the input (any byte order mark honoured).</summary>
    public static JsonInput Open(ReadOnlySpan<byte> input, string? source, IsmsDocumentOptions options, ScanRules rules)
    {
        if (input.Length > options.MaxDocumentBytes)
        {
            // The scanner says so too; checked first so that no transcoding or validation runs on a huge input.
            throw TextInput.WithSource(TooLarge(options, input.Length), source);
        }

        var utf8 = TextInput.Utf8(input, TextKind.Json, source);
        try
        {
            DocumentScanner.Scan(utf8, options, rules);
        }
        catch (IsmsDocumentException ex)
        {
            throw TextInput.WithSource(ex, source);
        }

        var bytes = utf8.ToArray();
        try
        {
            var document = JsonDocument.Parse(bytes, new JsonDocumentOptions
            {
                CommentHandling = rules.AllowComments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
                MaxDepth = options.MaxDepth + 1,
            });
            return new JsonInput(bytes, document, source, rules.AllowComments);
        }
        catch (JsonException ex)
        {
            // Unreachable after the scan (same syntax and depth rules); kept so that no JsonException escapes.
            throw new IsmsDocumentException(DocumentErrorCodes.MalformedJson, DocumentLocation.InJson("$", (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1) with { Source = source },
                "the text is not well-formed JSON: " + DocumentScanner.StripLocation(ex.Message), "RFC 8259 JSON", null, ex);
        }
    }

    /// <summary>The error for a problem at <paramref name="path"/> (or its nearest existing ancestor), with its line and position.</summary>
    public IsmsDocumentException Error(string path, ReadProblem problem)
    {
        var (nearest, line, position) = PathLocator.Nearest(_utf8, path, _allowComments);
        return new IsmsDocumentException(problem.Code, DocumentLocation.InJson(nearest, line, position) with { Source = Source }, problem.Text, problem.Expected, problem.Value, problem.Inner);
    }

    /// <inheritdoc/>
    public void Dispose() => Document.Dispose();

    private static IsmsDocumentException TooLarge(IsmsDocumentOptions options, long length) => new(
        DocumentErrorCodes.DocumentTooLarge, DocumentLocation.InJson(null, null, null),
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the document is {length} bytes"),
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"at most {options.MaxDocumentBytes} bytes (IsmsDocumentOptions.MaxDocumentBytes)"), null, null);
}
