using Isms.Serialization.Reading;

namespace Isms.Serialization.Import;

/// <summary>
/// The library's strict first pass over an outside delimited format (CSV, TSV), for a reader that lives in another
/// package (the CSV crosswalk reader of Isms.Oscal): the input is checked against the limits of
/// <see cref="IsmsDocumentOptions"/> (document size, <see cref="IsmsDocumentOptions.MaxItemsPerCollection"/> lines,
/// <see cref="IsmsDocumentOptions.MaxStringBytes"/> per field) and for valid UTF-8 (a byte order mark honoured), split
/// into lines at <c>\n</c>, <c>\r\n</c> or <c>\r</c> and each line into fields (quoted RFC 4180 style within one line
/// when asked); <see cref="Error"/> places a reader's own problem at a line, column and byte position. Every failure is
/// an <see cref="IsmsDocumentException"/>, the same the package's own CSV and TSV readers throw.
/// </summary>
/// <remarks>The pass does not know the format: the reader checks the header, the number of fields and every value itself.</remarks>
/// <threadsafety>An instance belongs to one read and is not shared.</threadsafety>
public sealed class StrictDelimitedInput
{
    private readonly DelimitedText _text;

    private StrictDelimitedInput(DelimitedText text)
    {
        _text = text;
    }

    /// <summary>The input's display name as the caller gave it, or null.</summary>
    public string? SourceName => _text.Source;

    /// <summary>Checks an input and opens it for reading line by line.</summary>
    /// <param name="input">The bytes (UTF-8, or UTF-16/32 with a byte order mark).</param>
    /// <param name="separator">The field separator: <c>,</c> for CSV, a tab for TSV.</param>
    /// <param name="quoted">True when a field may be quoted (<c>"a, b"</c>, a quote inside written <c>""</c>); a quoted field ends on its line.</param>
    /// <param name="sourceName">The input's display name for messages (e.g. the file name as the user gave it), or null.</param>
    /// <param name="options">The limits; null for the <see cref="IsmsDocumentOptions"/> defaults.</param>
    /// <returns>The input.</returns>
    /// <exception cref="IsmsDocumentException">The input is too large (<c>ISMS-DOC-003</c>) or not UTF-8 (<c>ISMS-DOC-002</c>).</exception>
    public static StrictDelimitedInput Open(ReadOnlySpan<byte> input, char separator, bool quoted, string? sourceName, IsmsDocumentOptions? options) =>
        new(DelimitedText.Open(input, separator, quoted, sourceName, options ?? new IsmsDocumentOptions()));

    /// <summary>The next line split into its fields (not trimmed), or false at the end of the input.</summary>
    /// <param name="row">The line's fields.</param>
    /// <returns>True when a line was read.</returns>
    /// <exception cref="IsmsDocumentException">Too many lines (<c>ISMS-DOC-005</c>), a field too long (<c>ISMS-DOC-006</c>) or a quoted field not closed (<c>ISMS-DOC-007</c>).</exception>
    public bool NextRow(out DelimitedRow row)
    {
        if (!_text.NextLine(out var number, out var line))
        {
            row = new DelimitedRow(new DelimitedText.Fields(number, string.Empty, [], []));
            return false;
        }

        row = new DelimitedRow(_text.Split(number, line));
        return true;
    }

    /// <summary>The error for a problem the reader found at a line (and a column of it).</summary>
    /// <param name="code">The code: one of <see cref="DocumentErrorCodes"/>, or the reading package's own for a failure only its format has.</param>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="column">The column's name (from the header) or number, or null for the whole line.</param>
    /// <param name="position">The 1-based byte position in the line (<see cref="DelimitedRow.PositionOf"/>), or null.</param>
    /// <param name="problem">What is wrong, on one line (echo values with <see cref="DocumentErrorText.Quote(string?)"/>).</param>
    /// <param name="expected">What was expected, or null.</param>
    /// <param name="value">The offending value as read, or null.</param>
    /// <param name="innerException">The model's exception when a model rule is broken, or null.</param>
    /// <returns>The exception to throw.</returns>
    public IsmsDocumentException Error(string code, int line, string? column, long? position, string problem, string? expected, string? value, Exception? innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(problem);
        return _text.Error(code, line, column, position, problem, expected, value, innerException);
    }
}
