using System.Globalization;
using Isms.Core.Catalogs;
using Isms.Serialization.Storage;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests.Storage;

/// <summary>
/// Kills a writer process at random moments while it saves generation after generation of a catalog; after each
/// kill the stored document must load completely and be one whole generation (never a mix, never torn).
/// 20 kills by default; ISMS_SOAK=1 runs 500.
/// </summary>
public sealed class CrashSafetyTests
{
    [Fact]
    public void A_writer_killed_mid_save_leaves_the_old_or_the_new_document_never_a_torn_one()
    {
        using var folder = new TempFolder();
        var path = folder.File("catalog.json");
        var store = new DocumentFileStore();
        var kills = Environment.GetEnvironmentVariable("ISMS_SOAK") == "1" ? 500 : 20;
        var random = new Random(20_26);
        long lastGeneration = 0;
        for (var kill = 0; kill < kills; kill++)
        {
            var before = store.CurrentVersion(path);
            using var writer = CrashWriterProcess.Start("write", path, 500);

            // Wait until the writer has saved at least once, then kill it at a random moment of its next saves.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (store.CurrentVersion(path) == before)
            {
                Assert.False(writer.HasExited, "the writer process stopped by itself");
                Assert.True(waited.Elapsed < TimeSpan.FromMinutes(2), "the writer did not save within two minutes");
                Thread.Sleep(5);
            }

            Thread.Sleep(random.Next(0, 40));
            writer.Kill(entireProcessTree: true);
            writer.WaitForExit();

            var catalog = store.Load<ControlCatalog>(path).Document;
            var generation = AssertConsistent(catalog);
            Assert.True(generation > lastGeneration, $"generation went from {lastGeneration} to {generation}");
            lastGeneration = generation;
        }
    }

    /// <summary>Every title of a crash-test catalog names the catalog's generation; returns it.</summary>
    internal static long AssertConsistent(ControlCatalog catalog)
    {
        var generation = long.Parse(catalog.Name.Split(' ')[1], CultureInfo.InvariantCulture);
        var suffix = string.Create(CultureInfo.InvariantCulture, $" of generation {generation}");
        Assert.All(catalog.Controls, c => Assert.EndsWith(suffix, c.Title, StringComparison.Ordinal));
        return generation;
    }
}
