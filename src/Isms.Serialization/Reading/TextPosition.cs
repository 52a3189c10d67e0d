namespace Isms.Serialization.Reading;

/// <summary>Turns a byte offset into a 1-based line and byte position, for error messages.</summary>
internal static class TextPosition
{
    public static (long Line, long Position) At(ReadOnlySpan<byte> utf8, long offset)
    {
        var end = (int)Math.Clamp(offset, 0, utf8.Length);
        var before = utf8[..end];
        var line = before.Count((byte)'\n') + 1L;
        var lastNewLine = before.LastIndexOf((byte)'\n');
        return (line, end - lastNewLine);
    }
}
