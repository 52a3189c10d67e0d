using Isms.Core.Catalogs;
using Isms.Serialization.Storage;
using Isms.Serialization.Tests.Support;
using Writer = Isms.Serialization.CrashWriter.Program;

namespace Isms.Serialization.Tests.Storage;

public sealed class ConcurrencyTests
{
    [Fact]
    public void Concurrent_writers_in_one_process_never_lose_an_update()
    {
        using var folder = new TempFolder();
        var path = folder.File("counter.json");
        var store = new DocumentFileStore();
        store.Save(path, Writer.Counter(0), DocumentVersion.None);
        const int Threads = 4, Increments = 25;
        var conflicts = 0;
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, _ =>
        {
            for (var done = 0; done < Increments;)
            {
                var current = store.Load<ControlCatalog>(path);
                var value = int.Parse(current.Document.Name.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
                try
                {
                    store.Save(path, Writer.Counter(value + 1), current.Version);
                    done++;
                }
                catch (DocumentStoreException ex) when (ex.Code == DocumentErrorCodes.VersionConflict)
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        });

        Assert.Equal($"counter {Threads * Increments}", store.Load<ControlCatalog>(path).Document.Name);
    }

    [Fact]
    public async Task Readers_during_writes_always_see_a_complete_document()
    {
        using var folder = new TempFolder();
        var path = folder.File("catalog.json");
        var store = new DocumentFileStore();
        var version = store.Save(path, Writer.Generation(0, 200), DocumentVersion.None);
        using var stop = new CancellationTokenSource();
        var reads = 0;
        var reader = Task.Run(
            () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var catalog = store.Load<ControlCatalog>(path).Document;
                CrashSafetyTests.AssertConsistent(catalog);
                reads++;
            }
        },
            TestContext.Current.CancellationToken);

        for (var generation = 1; generation <= 40; generation++)
        {
            version = store.Save(path, Writer.Generation(generation, 200), version);
        }

        await stop.CancelAsync();
        await reader;
        Assert.True(reads > 0);
    }

    [Fact]
    public void Writers_in_separate_processes_never_lose_an_update()
    {
        using var folder = new TempFolder();
        var path = folder.File("counter.json");
        new DocumentFileStore().Save(path, Writer.Counter(0), DocumentVersion.None);
        var increments = Environment.GetEnvironmentVariable("ISMS_SOAK") == "1" ? 200 : 15;
        var processes = Enumerable.Range(0, 2).Select(_ => CrashWriterProcess.Start("increment", path, increments)).ToList();
        foreach (var process in processes)
        {
            using (process)
            {
                Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "a writer process did not finish");
                Assert.Equal(0, process.ExitCode);
            }
        }

        Assert.Equal($"counter {2 * increments}", new DocumentFileStore().Load<ControlCatalog>(path).Document.Name);
    }
}
