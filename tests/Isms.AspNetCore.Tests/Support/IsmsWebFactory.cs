using System.Collections.Concurrent;
using System.Security.Claims;
using Isms.Extensions.DependencyInjection;
using Isms.Serialization;
using Isms.Serialization.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Isms.AspNetCore.Tests.Support;

/// <summary>
/// The sample web host in memory, over a fresh folder store of its own, with a 1 MiB document limit (so a 50 MB body
/// is far past it), every log record captured, and a test sign-in: a request with <c>X-Test-User: NAME</c> is signed in
/// as NAME.
/// </summary>
public sealed class IsmsWebFactory : WebApplicationFactory<Program>
{
    public const long DocumentLimit = 1024 * 1024;

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("isms-web-tests-").FullName;

    public ConcurrentQueue<LogRecord> Logs { get; } = new();

    /// <summary>How many request body bytes the application read, by request path (what the server pulled, not what the
    /// in-memory client sent).</summary>
    public ConcurrentDictionary<string, long> BodyBytesRead { get; } = new();

    /// <summary>Further service changes of a test class (an access hook, options).</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Debug));
        builder.ConfigureServices(services =>
        {
            services.Configure<IsmsOptions>(o => o.Documents.MaxDocumentBytes = DocumentLimit);
            services.RemoveAll<IIsmsDocumentStore>();
            services.AddSingleton<IIsmsDocumentStore>(sp => new FolderDocumentStore(DataFolder, sp.GetRequiredService<IsmsDocumentSerializer>(), sp.GetRequiredService<IClock>()));
            services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(Logs));
            services.AddSingleton<IStartupFilter>(new TestSignIn(BodyBytesRead));
            ConfigureTestServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temporary folder is left for the system to clean.
        }
    }

    public sealed record LogRecord(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception);

    private sealed class CapturingLoggerProvider(ConcurrentQueue<LogRecord> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, logs);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<LogRecord> logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Enqueue(new LogRecord(category, logLevel, eventId, formatter(state, exception), exception));
        }
    }

    /// <summary>Signs a request in as the user named by <c>X-Test-User</c>, before the routes run, and counts the body
    /// bytes the application reads.</summary>
    private sealed class TestSignIn(ConcurrentDictionary<string, long> bytesRead) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue("X-Test-User", out var user))
                {
                    context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user.ToString())], "test"));
                }

                // Replacing Body also gives BodyReader a reader over the counting stream.
                var counting = new CountingStream(context.Request.Body);
                context.Request.Body = counting;
                await nextMiddleware(context);
                bytesRead[context.Request.Path] = counting.Count;
            });
            next(app);
        };
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long Count { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Count; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            Count += n;
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken);
            Count += n;
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
