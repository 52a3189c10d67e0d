using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Isms.Serialization.Reading;

/// <summary>
/// Brings any input of a reader to checked UTF-8 bytes: a stream is read within the size limit, a .NET string is
/// encoded without replacement characters, a byte order mark is honoured (UTF-8 is skipped; UTF-16 and UTF-32, as
/// spreadsheet programs write "Unicode text", are decoded strictly and re-encoded), and invalid input is an
/// <see cref="IsmsDocumentException"/> (<c>ISMS-DOC-002</c>, <c>ISMS-DOC-003</c>) naming the line: never U+FFFD.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class TextInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a stream to its end; never more than one byte past <paramref name="maxBytes"/>. The buffer is rented: return it.</summary>
    public static (byte[] Buffer, int Length) ReadAll(Stream stream, long maxBytes, TextKind kind, string? source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var initial = 64 * 1024;
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > maxBytes)
            {
                throw TooLarge(remaining, maxBytes, kind, source);
            }

            initial = (int)Math.Max(remaining + 1, 16);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(initial);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxBytes)
                    {
                        throw TooLarge(length, maxBytes, kind, source);
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                // Never ask for more than one byte past the limit: an endless stream costs at most the limit.
                var read = stream.Read(buffer, length, (int)Math.Min(buffer.Length - length, maxBytes + 1 - length));
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    throw TooLarge(length, maxBytes, kind, source);
                }
            }

            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>
    /// Reads a stream to its end asynchronously; never asks for more than one byte past <paramref name="maxBytes"/>, so a
    /// hostile or endless stream costs at most the limit in bytes read and memory. The buffer is rented: return it.
    /// </summary>
    public static async ValueTask<(byte[] Buffer, int Length)> ReadAllAsync(Stream stream, long maxBytes, TextKind kind, string? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        cancellationToken.ThrowIfCancellationRequested();
        var initial = 64 * 1024;
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > maxBytes)
            {
                throw TooLarge(remaining, maxBytes, kind, source);
            }

            initial = (int)Math.Max(remaining + 1, 16);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(initial, maxBytes + 1));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length, (int)Math.Min(buffer.Length - length, maxBytes + 1 - length)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    throw TooLarge(length, maxBytes, kind, source);
                }
            }

            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>
    /// Reads a pipe to its end asynchronously into one rented buffer, consuming what it copies (so the pipe's writer is
    /// never held back) and refusing the input as soon as more than <paramref name="maxBytes"/> arrived. The buffer is
    /// rented: return it.
    /// </summary>
    public static async ValueTask<(byte[] Buffer, int Length)> ReadAllAsync(System.IO.Pipelines.PipeReader reader, long maxBytes, TextKind kind, string? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        cancellationToken.ThrowIfCancellationRequested();
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(64 * 1024, maxBytes + 1));
        long length = 0;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var arrived = result.Buffer;
                if (length + arrived.Length > maxBytes)
                {
                    reader.AdvanceTo(arrived.End);
                    throw TooLarge(length + arrived.Length, maxBytes, kind, source);
                }

                if (length + arrived.Length > buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max((long)buffer.Length * 2, length + arrived.Length), maxBytes + 1));
                    buffer.AsSpan(0, (int)length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                arrived.CopyTo(buffer.AsSpan((int)length));
                length += arrived.Length;
                reader.AdvanceTo(arrived.End);
                if (result.IsCanceled)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    throw new OperationCanceledException("The pipe's pending read was canceled.");
                }

                if (result.IsCompleted)
                {
                    return (buffer, (int)length);
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>Runs <paramref name="read"/> on a stream's bytes (read within the limit).</summary>
    public static T Read<T>(Stream stream, long maxBytes, TextKind kind, string? source, ReadSpan<T> read)
    {
        var (buffer, length) = ReadAll(stream, maxBytes, kind, source);
        try
        {
            return read(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A reader of bytes (a span cannot be a type argument of <see cref="Func{T, TResult}"/>).</summary>
    public delegate T ReadSpan<T>(ReadOnlySpan<byte> utf8);

    /// <summary>Encodes a .NET string as UTF-8; a lone surrogate in it is <c>ISMS-DOC-002</c> naming its line, not a U+FFFD.</summary>
    public static byte[] FromString(string text, TextKind kind, string? source)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return StrictUtf8.GetBytes(text);
        }
        catch (EncoderFallbackException ex)
        {
            var index = ex.Index;
            var line = 1 + text.AsSpan(0, Math.Clamp(index, 0, text.Length)).Count('\n');
            throw new IsmsDocumentException(DocumentErrorCodes.InvalidUtf8, At(kind, source, line, null),
                string.Create(CultureInfo.InvariantCulture, $"the text holds a lone UTF-16 surrogate (U+{(int)ex.CharUnknown:X4}) at character {index + 1}"),
                "well-formed Unicode text", null, ex);
        }
    }

    /// <summary>
    /// The input as UTF-8 without a byte order mark: a UTF-8 mark is skipped; a UTF-16 or UTF-32 mark makes the text be
    /// decoded strictly and re-encoded as UTF-8; anything else must already be valid UTF-8.
    /// </summary>
    /// <returns>A slice of <paramref name="input"/>, or new bytes when the input was UTF-16 or UTF-32.</returns>
    public static ReadOnlySpan<byte> Utf8(ReadOnlySpan<byte> input, TextKind kind, string? source)
    {
        Encoding? wide = input switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true),
            [0x00, 0x00, 0xFE, 0xFF, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true),
            [0xFF, 0xFE, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true),
            [0xFE, 0xFF, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true),
            _ => null,
        };
        if (wide is null)
        {
            var utf8 = input is [0xEF, 0xBB, 0xBF, ..] ? input[3..] : input;
            CheckUtf8(utf8, kind, source);
            return utf8;
        }

        var mark = wide is UTF32Encoding ? 4 : 2;
        string text;
        try
        {
            text = wide.GetString(input[mark..]);
        }
        catch (DecoderFallbackException ex)
        {
            throw new IsmsDocumentException(DocumentErrorCodes.InvalidUtf8, At(kind, source, null, null),
                string.Create(CultureInfo.InvariantCulture, $"the text declares {wide.WebName} with a byte order mark but is not valid {wide.WebName} at byte {mark + Math.Max(ex.Index, 0)}"),
                "UTF-8 text (or valid UTF-16 or UTF-32 after its byte order mark)", null, ex);
        }

        return FromString(text, kind, source);
    }

    /// <summary>Refuses invalid UTF-8 with <c>ISMS-DOC-002</c> at the line and position of the first bad byte.</summary>
    public static void CheckUtf8(ReadOnlySpan<byte> utf8, TextKind kind, string? source)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return;
        }

        var bad = FirstInvalidUtf8(utf8);
        var (line, position) = TextPosition.At(utf8, bad);
        throw new IsmsDocumentException(DocumentErrorCodes.InvalidUtf8, At(kind, source, line, position),
            string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte {bad}"), "UTF-8 encoded text", null, null);
    }

    /// <summary>The offset of the first byte that is not part of a valid UTF-8 sequence.</summary>
    public static long FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        long offset = 0;
        var remaining = utf8;
        Span<char> buffer = stackalloc char[1024];
        while (true)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(remaining, buffer, out var read, out _, replaceInvalidSequences: false);
            if (status != OperationStatus.DestinationTooSmall)
            {
                return offset + read;
            }

            offset += read;
            remaining = remaining[read..];
        }
    }

    /// <summary>The same error with the caller's display name of the input (errors from shared passes carry none).</summary>
    public static IsmsDocumentException WithSource(IsmsDocumentException error, string? source) =>
        source is null || error.Location.Source is not null
            ? error
            : new IsmsDocumentException(error.Code, error.Location with { Source = source }, error.Problem, error.Expected, error.Value, error.InnerException);

    /// <summary>A location in input of the kind: a JSON position, or a line of delimited text.</summary>
    public static DocumentLocation At(TextKind kind, string? source, long? line, long? position) =>
        (kind == TextKind.Delimited && line is { } l ? DocumentLocation.InText(l, null, position) : DocumentLocation.InJson(null, line, position)) with { Source = source };

    private static IsmsDocumentException TooLarge(long size, long max, TextKind kind, string? source) => new(
        DocumentErrorCodes.DocumentTooLarge, At(kind, source, null, null),
        string.Create(CultureInfo.InvariantCulture, $"the document is at least {size} bytes"),
        string.Create(CultureInfo.InvariantCulture, $"at most {max} bytes (IsmsDocumentOptions.MaxDocumentBytes)"), null, null);
}

/// <summary>How errors in an input are located: by JSON path, or by line and column of delimited text.</summary>
internal enum TextKind
{
    /// <summary>JSON: a path, line and byte position.</summary>
    Json,

    /// <summary>CSV, TSV: a line and a column.</summary>
    Delimited,
}
