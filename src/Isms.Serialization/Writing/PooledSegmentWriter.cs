using System.Buffers;

namespace Isms.Serialization.Writing;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over segments rented from <see cref="ArrayPool{T}.Shared"/>: growing never copies
/// what was written (a growing single buffer copies it at every doubling and leaves the old buffers as garbage), and
/// <see cref="ToArray"/> copies each byte once into the exactly sized result. Dispose returns the segments.
/// </summary>
/// <threadsafety>Not thread-safe: one writer per serialization.</threadsafety>
internal sealed class PooledSegmentWriter : IBufferWriter<byte>, IDisposable
{
    private const int FirstSegment = 64 * 1024;
    private const int LargestSegment = 4 * 1024 * 1024;

    private readonly List<(byte[] Buffer, int Length)> _full = [];
    private byte[] _current = ArrayPool<byte>.Shared.Rent(FirstSegment);
    private int _position;
    private long _fullLength;

    /// <summary>Bytes written so far.</summary>
    public long Length => _fullLength + _position;

    /// <inheritdoc />
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (_position > _current.Length - count)
        {
            throw new InvalidOperationException("Advanced past the end of the buffer.");
        }

        _position += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _current.AsMemory(_position);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _current.AsSpan(_position);
    }

    /// <summary>The written bytes as one exactly sized array.</summary>
    public byte[] ToArray()
    {
        var result = GC.AllocateUninitializedArray<byte>(checked((int)Length));
        var offset = 0;
        foreach (var (buffer, length) in _full)
        {
            buffer.AsSpan(0, length).CopyTo(result.AsSpan(offset));
            offset += length;
        }

        _current.AsSpan(0, _position).CopyTo(result.AsSpan(offset));
        return result;
    }

    /// <summary>Writes the bytes to <paramref name="stream"/> asynchronously, segment by segment (no copy into one array).</summary>
    public async ValueTask CopyToAsync(Stream stream, CancellationToken cancellationToken)
    {
        foreach (var (buffer, length) in _full)
        {
            await stream.WriteAsync(buffer.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
        }

        await stream.WriteAsync(_current.AsMemory(0, _position), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var (buffer, _) in _full)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        _full.Clear();
        if (_current.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_current);
            _current = [];
        }
    }

    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_current.Length - _position >= needed)
        {
            return;
        }

        // The current segment is kept as written; a new, larger one starts (at least the size asked for).
        _full.Add((_current, _position));
        _fullLength += _position;
        var size = Math.Max(needed, Math.Min(_current.Length * 2, LargestSegment));
        _current = ArrayPool<byte>.Shared.Rent(size);
        _position = 0;
    }
}
