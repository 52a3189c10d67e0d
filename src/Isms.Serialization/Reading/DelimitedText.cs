using System.Globalization;
using System.Text;

namespace Isms.Serialization.Reading;

/// <summary>
/// Delimited text (CSV, TSV) as the Isms readers take it: checked UTF-8 (see <see cref="TextInput"/>), split into
/// lines at <c>\n</c>, <c>\r\n</c> or <c>\r</c>, each line into fields, within the limits of
/// <see cref="IsmsDocumentOptions"/> (document size, <see cref="IsmsDocumentOptions.MaxItemsPerCollection"/> lines,
/// <see cref="IsmsDocumentOptions.MaxStringBytes"/> per field). Errors are <see cref="IsmsDocumentException"/>s
/// located by line and column.
/// </summary>
/// <threadsafety>Instances belong to one read; not shared.</threadsafety>
internal sealed class DelimitedText
{
    private readonly string _text;
    private readonly IsmsDocumentOptions _options;
    private int _next;
    private int _lineNumber;
    private int _lines;

    private DelimitedText(string text, char separator, bool quoted, string? source, IsmsDocumentOptions options)
    {
        _text = text;
        Separator = separator;
        Quoted = quoted;
        Source = source;
        _options = options;
    }

    /// <summary>The field separator: <c>,</c> or a tab.</summary>
    public char Separator { get; }

    /// <summary>True when fields may be quoted (RFC 4180 style, within one line).</summary>
    public bool Quoted { get; }

    /// <summary>The caller's display name of the input, or null.</summary>
    public string? Source { get; }

    /// <summary>Opens the bytes (any byte order mark honoured, UTF-8 checked) as delimited text.</summary>
    public static DelimitedText Open(ReadOnlySpan<byte> input, char separator, bool quoted, string? source, IsmsDocumentOptions options)
    {
        if (input.Length > options.MaxDocumentBytes)
        {
            throw new IsmsDocumentException(DocumentErrorCodes.DocumentTooLarge, TextInput.At(TextKind.Delimited, source, null, null),
                string.Create(CultureInfo.InvariantCulture, $"the document is {input.Length} bytes"),
                string.Create(CultureInfo.InvariantCulture, $"at most {options.MaxDocumentBytes} bytes (IsmsDocumentOptions.MaxDocumentBytes)"), null, null);
        }

        var utf8 = TextInput.Utf8(input, TextKind.Delimited, source);
        return new DelimitedText(Encoding.UTF8.GetString(utf8), separator, quoted, source, options);
    }

    /// <summary>The next line (its 1-based number and text without the line break), or false at the end.</summary>
    public bool NextLine(out int number, out string line)
    {
        if (_next >= _text.Length)
        {
            number = _lineNumber;
            line = string.Empty;
            return false;
        }

        var end = _text.AsSpan(_next).IndexOfAny('\n', '\r');
        var stop = end < 0 ? _text.Length : _next + end;
        line = _text[_next..stop];
        _next = stop < _text.Length && _text[stop] == '\r' && stop + 1 < _text.Length && _text[stop + 1] == '\n' ? stop + 2 : stop + 1;
        number = ++_lineNumber;
        if (++_lines > _options.MaxItemsPerCollection)
        {
            throw Error(DocumentErrorCodes.TooManyItems, number, null, null, "the text has too many lines",
                string.Create(CultureInfo.InvariantCulture, $"at most {_options.MaxItemsPerCollection} lines (IsmsDocumentOptions.MaxItemsPerCollection)"), null);
        }

        return true;
    }

    /// <summary>Splits a line into its fields (not trimmed), with the character index where each starts.</summary>
    public Fields Split(int number, string line)
    {
        var values = new List<string>();
        var starts = new List<int>();
        var current = new StringBuilder();
        var start = 0;
        var quoted = false;
        var blank = true; // the field so far is only white space: a quote may open it
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    current.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (Quoted && c == '"' && blank)
            {
                current.Clear();
                quoted = true;
                blank = false;
            }
            else if (c == Separator)
            {
                Add(values, starts, current, start, number, line);
                current.Clear();
                start = i + 1;
                blank = true;
            }
            else
            {
                current.Append(c);
                blank &= char.IsWhiteSpace(c);
            }
        }

        if (quoted)
        {
            throw Error(DocumentErrorCodes.MalformedRow, number, null, Position(line, start), "a quoted field is not closed before the end of the line",
                "a closing \" (a quote inside a quoted field is written twice: \"\")", null);
        }

        Add(values, starts, current, start, number, line);
        return new Fields(number, line, values, starts);
    }

    private void Add(List<string> values, List<int> starts, StringBuilder current, int start, int number, string line)
    {
        if (current.Length > _options.MaxStringBytes / 3 && Encoding.UTF8.GetByteCount(current.ToString()) > _options.MaxStringBytes)
        {
            throw Error(DocumentErrorCodes.TokenTooLong, number, (values.Count + 1).ToString(CultureInfo.InvariantCulture), Position(line, start),
                string.Create(CultureInfo.InvariantCulture, $"field {values.Count + 1} is {Encoding.UTF8.GetByteCount(current.ToString())} bytes long"),
                string.Create(CultureInfo.InvariantCulture, $"at most {_options.MaxStringBytes} bytes (IsmsDocumentOptions.MaxStringBytes)"), null);
        }

        values.Add(current.ToString());
        starts.Add(start);
    }

    /// <summary>The 1-based byte position in the UTF-8 line of the character at <paramref name="index"/>.</summary>
    public static long Position(string line, int index) => Encoding.UTF8.GetByteCount(line.AsSpan(0, Math.Clamp(index, 0, line.Length))) + 1;

    /// <summary>An error at a line (and column) of this text.</summary>
    public IsmsDocumentException Error(string code, int line, string? column, long? position, string problem, string? expected, string? value, Exception? inner = null) =>
        new(code, DocumentLocation.InText(line, column, position) with { Source = Source }, problem, expected, value, inner);

    /// <summary>The fields of one line.</summary>
    /// <param name="Line">The 1-based line number.</param>
    /// <param name="Text">The line as read.</param>
    /// <param name="Values">The fields, not trimmed.</param>
    /// <param name="Starts">The character index in <paramref name="Text"/> where each field starts.</param>
    internal sealed record Fields(int Line, string Text, List<string> Values, List<int> Starts)
    {
        public int Count => Values.Count;

        public string this[int index] => Values[index];

        /// <summary>The byte position of field <paramref name="index"/> (0-based) in its line, 1-based.</summary>
        public long PositionOf(int index) => DelimitedText.Position(Text, index < Starts.Count ? Starts[index] : Text.Length);
    }
}
