using System.IO.Pipelines;
using Isms.Core.Catalogs;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

/// <summary>
/// The asynchronous serializer: reads a stream or pipe that trickles, stops at the size limit after reading at most
/// one byte past it (whatever the input's true length), and honours cancellation.
/// </summary>
public sealed class AsyncSerializerTests
{
    private static readonly IsmsDocumentSerializer Serializer = IsmsDocumentSerializer.Default;

    [Fact]
    public async Task A_stream_that_trickles_a_few_bytes_at_a_time_reads_as_the_bytes_do()
    {
        var bytes = Serializer.Serialize(Catalogs.Sample);
        using var trickle = new TrickleStream(bytes, chunk: 3);
        var read = await Serializer.DeserializeAsync<ControlCatalog>(trickle, TestContext.Current.CancellationToken);
        Assert.True(read.SameAs(Catalogs.Sample));
        Assert.Equal(bytes.Length, trickle.BytesRead);
    }

    [Fact]
    public async Task An_untyped_async_read_gives_the_kind_and_the_model()
    {
        using var trickle = new TrickleStream(Serializer.Serialize(Catalogs.Sample), chunk: 7);
        var document = await Serializer.DeserializeAsync(trickle, TestContext.Current.CancellationToken);
        Assert.Equal(DocumentKinds.ControlCatalog, document.Kind);
        Assert.True(((ControlCatalog)document.Model).SameAs(Catalogs.Sample));
    }

    [Fact]
    public async Task A_huge_stream_is_refused_after_reading_at_most_one_byte_past_the_limit()
    {
        const int limit = 1024 * 1024;
        var serializer = new IsmsDocumentSerializer(new IsmsDocumentOptions { MaxDocumentBytes = limit });
        using var huge = new EndlessStream(totalBytes: 50L * 1024 * 1024);
        var error = await Assert.ThrowsAsync<IsmsDocumentException>(() => serializer.DeserializeAsync<ControlCatalog>(huge, TestContext.Current.CancellationToken));
        Assert.Equal(DocumentErrorCodes.DocumentTooLarge, error.Code);
        Assert.InRange(huge.BytesRead, limit + 1, limit + 1);
    }

    [Fact]
    public async Task A_huge_seekable_stream_is_refused_without_reading_it()
    {
        var serializer = new IsmsDocumentSerializer(new IsmsDocumentOptions { MaxDocumentBytes = 4096 });
        using var file = new MemoryStream(new byte[10_000]);
        var error = await Assert.ThrowsAsync<IsmsDocumentException>(() => serializer.DeserializeAsync(file, TestContext.Current.CancellationToken));
        Assert.Equal(DocumentErrorCodes.DocumentTooLarge, error.Code);
        Assert.Equal(0, file.Position);
    }

    [Fact]
    public async Task A_huge_pipe_is_refused_once_past_the_limit_and_its_writer_is_never_held_back()
    {
        const int limit = 1024 * 1024;
        var serializer = new IsmsDocumentSerializer(new IsmsDocumentOptions { MaxDocumentBytes = limit });
        var pipe = new Pipe();
        var written = 0L;
        var writer = Task.Run(async () =>
        {
            var chunk = new byte[16 * 1024];
            chunk.AsSpan().Fill((byte)' ');
            while (written < 50L * 1024 * 1024)
            {
                var flushed = await pipe.Writer.WriteAsync(chunk, TestContext.Current.CancellationToken);
                written += chunk.Length;
                if (flushed.IsCompleted)
                {
                    break; // the reader stopped
                }
            }

            await pipe.Writer.CompleteAsync();
        }, TestContext.Current.CancellationToken);
        var error = await Assert.ThrowsAsync<IsmsDocumentException>(() => serializer.DeserializeAsync<ControlCatalog>(pipe.Reader, TestContext.Current.CancellationToken));
        await pipe.Reader.CompleteAsync();
        await writer;
        Assert.Equal(DocumentErrorCodes.DocumentTooLarge, error.Code);
        // The pipe's writer runs at most one pause threshold (64 KiB by default) ahead of what the reader took.
        Assert.InRange(written, limit + 1, limit + (128 * 1024));
    }

    [Fact]
    public async Task A_pipe_that_completes_reads_as_the_bytes_do()
    {
        var bytes = Serializer.Serialize(Catalogs.Sample);
        var pipe = new Pipe();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < bytes.Length; i += 5)
            {
                await pipe.Writer.WriteAsync(bytes.AsMemory(i, Math.Min(5, bytes.Length - i)), TestContext.Current.CancellationToken);
            }

            await pipe.Writer.CompleteAsync();
        }, TestContext.Current.CancellationToken);
        var read = await Serializer.DeserializeAsync<ControlCatalog>(pipe.Reader, TestContext.Current.CancellationToken);
        await writer;
        Assert.True(read.SameAs(Catalogs.Sample));
    }

    [Fact]
    public async Task A_canceled_token_stops_a_read_before_it_starts_and_while_it_waits()
    {
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();
        using var stream = new TrickleStream(Serializer.Serialize(Catalogs.Sample), chunk: 3);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Serializer.DeserializeAsync<ControlCatalog>(stream, canceled.Token));
        Assert.Equal(0, stream.BytesRead);

        using var later = new CancellationTokenSource();
        using var stalled = new StallingStream(Serializer.Serialize(Catalogs.Sample).AsMemory(0, 10).ToArray());
        var reading = Serializer.DeserializeAsync<ControlCatalog>(stalled, later.Token);
        await stalled.Stalled.Task;
        await later.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
    }

    [Fact]
    public async Task A_canceled_token_stops_a_write_and_an_async_write_gives_the_sync_bytes()
    {
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();
        using var refused = new MemoryStream();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Serializer.SerializeAsync(refused, Catalogs.Sample, canceled.Token));
        Assert.Equal(0, refused.Length);

        using var written = new MemoryStream();
        await Serializer.SerializeAsync(written, Catalogs.Sample, TestContext.Current.CancellationToken);
        Assert.Equal(Serializer.Serialize(Catalogs.Sample), written.ToArray());
    }

    /// <summary>A non-seekable stream that returns at most <c>chunk</c> bytes per read, asynchronously.</summary>
    private sealed class TrickleStream(byte[] content, int chunk) : Stream
    {
        private int _position;

        public long BytesRead => _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(Math.Min(chunk, buffer.Length), content.Length - _position);
            content.AsMemory(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous read");

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A non-seekable stream of spaces that counts what was asked of it (an HTTP body of unknown length).</summary>
    private sealed class EndlessStream(long totalBytes) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var count = (int)Math.Min(buffer.Length, totalBytes - BytesRead);
            buffer.Span[..count].Fill((byte)' ');
            BytesRead += count;
            return ValueTask.FromResult(count);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous read");

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Gives its bytes, then waits for more that never come until the read is canceled.</summary>
    private sealed class StallingStream(byte[] first) : Stream
    {
        private bool _given;

        public TaskCompletionSource Stalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_given)
            {
                _given = true;
                first.CopyTo(buffer);
                return first.Length;
            }

            Stalled.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous read");

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
