using Isms.Serialization.Reading;

namespace Isms.Serialization.Import;

/// <summary>One line of delimited text read by <see cref="StrictDelimitedInput"/>: its number, its text and its fields.</summary>
/// <threadsafety>This type is immutable once read and is thread-safe.</threadsafety>
public sealed class DelimitedRow
{
    private readonly DelimitedText.Fields _fields;

    internal DelimitedRow(DelimitedText.Fields fields)
    {
        _fields = fields;
    }

    /// <summary>The 1-based line number.</summary>
    public int Line => _fields.Line;

    /// <summary>The line as read, without its line break.</summary>
    public string Text => _fields.Text;

    /// <summary>The number of fields (1 for an empty line).</summary>
    public int Count => _fields.Count;

    /// <summary>A field as read, not trimmed.</summary>
    /// <param name="index">The 0-based field index.</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The row has no such field.</exception>
    public string this[int index] => _fields[index];

    /// <summary>The 1-based byte position in the line where a field starts (the end of the line for a missing field).</summary>
    /// <param name="index">The 0-based field index.</param>
    /// <returns>The position.</returns>
    public long PositionOf(int index) => _fields.PositionOf(index);
}
