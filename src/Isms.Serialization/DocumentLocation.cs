using System.Globalization;
using System.Text;

namespace Isms.Serialization;

/// <summary>
/// Where in a document an error is: in a JSON document its path (<c>$.scenarios[2].id</c>) with the line and byte
/// position where the value starts; in delimited text (CSV, TSV) the line and the column. <see cref="Source"/> is the
/// display name the caller gave the input (a file name, never a path the reader made up), or null.
/// </summary>
/// <threadsafety>This type is an immutable value type: thread-safe.</threadsafety>
public readonly record struct DocumentLocation
{
    /// <summary>The display name of the input as the caller gave it (e.g. <c>scenarios.csv</c>), or null.</summary>
    public string? Source { get; init; }

    /// <summary>The JSON path of the offending value (<c>$.controls[2].title</c>); null for delimited text, or when the error concerns the whole document.</summary>
    public string? Path { get; init; }

    /// <summary>The 1-based line, or null when not known.</summary>
    public long? Line { get; init; }

    /// <summary>The 1-based byte position within <see cref="Line"/> of the UTF-8 text, or null when not known.</summary>
    public long? Position { get; init; }

    /// <summary>In delimited text, the column as its header names it (<c>Probability</c>), or its 1-based number when there is no header; null otherwise.</summary>
    public string? Column { get; init; }

    /// <summary>True when the location is in delimited text (made by <see cref="InText"/>): it is shown by line and column, not by JSON path.</summary>
    private bool IsText { get; init; }

    /// <summary>A place in a JSON document.</summary>
    /// <param name="path">The JSON path, or null for the whole document.</param>
    /// <param name="line">The 1-based line, or null.</param>
    /// <param name="position">The 1-based byte position in the line, or null.</param>
    /// <returns>The location.</returns>
    public static DocumentLocation InJson(string? path, long? line, long? position) => new() { Path = path, Line = line, Position = position };

    /// <summary>A place in delimited text (CSV, TSV).</summary>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The column's header name (or number), or null for the whole line.</param>
    /// <param name="position">The 1-based byte position in the line where the field starts, or null.</param>
    /// <returns>The location.</returns>
    public static DocumentLocation InText(long line, string? column, long? position) => new() { Line = line, Column = column, Position = position, IsText = true };

    /// <summary>
    /// The location as messages show it: <c>scenarios.json $.scenarios[0].id (line 3, position 9)</c>,
    /// <c>scenarios.csv line 4, column Probability (position 12)</c>, or <c>$</c> for a whole JSON document (its source
    /// name alone when it has one).
    /// </summary>
    /// <returns>One line.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Source is not null)
        {
            text.Append(Source);
        }

        if (!IsText && (Path is not null || Line is not null || Source is null))
        {
            Separate(text).Append(Path ?? "$");
            if (Line is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $" (line {Line}");
                text.Append(Position is not null ? string.Create(CultureInfo.InvariantCulture, $", position {Position})") : ")");
            }
        }
        else if (Line is not null)
        {
            Separate(text).Append(CultureInfo.InvariantCulture, $"line {Line}");
            if (Column is not null)
            {
                text.Append(", column ").Append(Column);
            }

            if (Position is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $" (position {Position})");
            }
        }

        return text.Length == 0 ? "(whole document)" : DocumentErrorText.OneLine(text.ToString());
    }

    private static StringBuilder Separate(StringBuilder text) => text.Length > 0 ? text.Append(' ') : text;
}
