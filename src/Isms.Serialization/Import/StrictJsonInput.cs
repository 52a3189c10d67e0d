using System.Text.Json;
using Isms.Serialization.Formats;
using Isms.Serialization.Reading;

namespace Isms.Serialization.Import;

/// <summary>
/// The library's strict first pass over an outside JSON format, for a reader that lives in another package (the OSCAL
/// reader of Isms.Oscal): the input is checked once against the limits of <see cref="IsmsDocumentOptions"/> (size,
/// depth, items per collection, string length), for valid UTF-8 (a byte order mark honoured), well-formed JSON without
/// comments and escapes that decode to a lone surrogate, then parsed; <see cref="Error"/> places a reader's own problem
/// at a JSON path with its line and position. Every failure is an <see cref="IsmsDocumentException"/>, so such a reader
/// has the errors, limits and locations of the readers in this package without a second error framework.
/// </summary>
/// <remarks>
/// The pass does not know the format: the reader walks <see cref="Root"/> and refuses unknown members, duplicate
/// members (a <see cref="JsonElement"/> enumerates both), wrong types and invalid values itself, through
/// <see cref="Error"/>.
/// </remarks>
/// <threadsafety>An instance belongs to one read and is not shared; dispose it when the read ends.</threadsafety>
public sealed class StrictJsonInput : IDisposable
{
    private readonly JsonInput _input;

    private StrictJsonInput(JsonInput input)
    {
        _input = input;
    }

    /// <summary>The parsed root value (any JSON value: the reader checks it is the object it needs).</summary>
    public JsonElement Root => _input.Document.RootElement;

    /// <summary>The input's display name as the caller gave it, or null.</summary>
    public string? SourceName => _input.Source;

    /// <summary>Checks and parses an input.</summary>
    /// <param name="input">The bytes (UTF-8, or UTF-16/32 with a byte order mark).</param>
    /// <param name="sourceName">The input's display name for messages (e.g. the file name as the user gave it), or null.</param>
    /// <param name="options">The limits; null for the <see cref="IsmsDocumentOptions"/> defaults.</param>
    /// <returns>The input, to be disposed by the caller.</returns>
    /// <exception cref="IsmsDocumentException">The input breaks a limit, is not UTF-8 or not well-formed JSON (<c>ISMS-DOC-001</c> to <c>-006</c>, <c>-024</c>).</exception>
    public static StrictJsonInput Open(ReadOnlySpan<byte> input, string? sourceName, IsmsDocumentOptions? options) =>
        new(JsonInput.Open(input, sourceName, options ?? new IsmsDocumentOptions(), ScanRules.Import));

    /// <summary>Reads a stream to its end (within <see cref="IsmsDocumentOptions.MaxDocumentBytes"/>), then checks and parses it.</summary>
    /// <param name="input">The stream.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <param name="options">The limits; null for the defaults.</param>
    /// <returns>The input, to be disposed by the caller.</returns>
    /// <exception cref="IsmsDocumentException">As <see cref="Open(ReadOnlySpan{byte}, string?, IsmsDocumentOptions?)"/>, or the stream is too large.</exception>
    public static StrictJsonInput Open(Stream input, string? sourceName, IsmsDocumentOptions? options)
    {
        ArgumentNullException.ThrowIfNull(input);
        var limits = options ?? new IsmsDocumentOptions();
        return TextInput.Read(input, limits.MaxDocumentBytes, TextKind.Json, sourceName, bytes => Open(bytes, sourceName, limits));
    }

    /// <summary>Checks and parses a .NET string (a lone surrogate in it is <c>ISMS-DOC-002</c>).</summary>
    /// <param name="json">The text.</param>
    /// <param name="sourceName">The input's display name for messages, or null.</param>
    /// <param name="options">The limits; null for the defaults.</param>
    /// <returns>The input, to be disposed by the caller.</returns>
    /// <exception cref="IsmsDocumentException">As <see cref="Open(ReadOnlySpan{byte}, string?, IsmsDocumentOptions?)"/>.</exception>
    public static StrictJsonInput Parse(string json, string? sourceName, IsmsDocumentOptions? options) =>
        Open(TextInput.FromString(json, TextKind.Json, sourceName), sourceName, options);

    /// <summary>
    /// The error for a problem the reader found at <paramref name="path"/> (or at its nearest ancestor the input has),
    /// with the line and position of that value and the input's source name.
    /// </summary>
    /// <param name="code">The code: one of <see cref="DocumentErrorCodes"/>, or the reading package's own for a failure only its format has.</param>
    /// <param name="path">The JSON path, e.g. <c>$.catalog.groups[2].controls[0].id</c>.</param>
    /// <param name="problem">What is wrong, on one line (echo values with <see cref="DocumentErrorText.Quote(string?)"/>).</param>
    /// <param name="expected">What was expected, or null.</param>
    /// <param name="value">The offending value as read, or null.</param>
    /// <param name="innerException">The model's exception when a model rule is broken, or null.</param>
    /// <returns>The exception to throw.</returns>
    public IsmsDocumentException Error(string code, string path, string problem, string? expected, string? value, Exception? innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(problem);
        return _input.Error(path, new ReadProblem(code, problem, expected, value, innerException));
    }

    /// <summary>The JSON path of a member of the object at <paramref name="path"/>, quoted when the name needs it (<c>$.a['b c']</c>).</summary>
    /// <param name="path">The object's path.</param>
    /// <param name="member">The member's name.</param>
    /// <returns>The path.</returns>
    public static string MemberPath(string path, string member) => JsonPathSegments.Member(path, member);

    /// <summary>The JSON path of an item of the array at <paramref name="path"/> (<c>$.a[3]</c>).</summary>
    /// <param name="path">The array's path.</param>
    /// <param name="index">The item's index.</param>
    /// <returns>The path.</returns>
    public static string ItemPath(string path, int index) => JsonPathSegments.Item(path, index);

    /// <inheritdoc/>
    public void Dispose() => _input.Dispose();
}
