using System.Globalization;
using Isms.Marten.Tests.Support;
using Isms.Samples.GrcHost.Tests.Support;

namespace Isms.Samples.GrcHost.Tests;

/// <summary>
/// The scale run of docs/scaling.md as real processes: seed, the due query, and an evaluation shared by two processes.
/// A few dozen organisations by default; 100,000 with <c>ISMS_SOAK=1</c> (the numbers go to the test output).
/// </summary>
public sealed class ScaleRunTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly int Tenants = Environment.GetEnvironmentVariable("ISMS_SOAK") == "1" ? 100_000 : 20;
    private FreshDatabase? _database;

    public async ValueTask InitializeAsync() => _database = await FreshDatabase.CreateAsync(server);

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Seeding_the_due_query_and_an_evaluation_shared_by_two_processes_cover_every_organisation()
    {
        var database = _database!;
        var count = Tenants.ToString(CultureInfo.InvariantCulture);
        var seed = GrcProcess.Run(database.ConnectionString, "seed", "--tenants", count, "--seed", "1");
        Assert.True(seed.Code == 0, seed.Error);
        Assert.Contains($"Seeded {count} organisations (seed 1)", seed.Out, StringComparison.Ordinal);

        var due = GrcProcess.Run(database.ConnectionString, "due", "--as-of", "2026-03-31", "--repeat", "11");
        Assert.True(due.Code == 0, due.Error);
        var items = (await database.QueryAsync<long>("SELECT count(*) FROM isms.isms_due_items WHERE due_on <= '2026-03-31'")).Single();
        Assert.StartsWith($"Due on or before 2026-03-31 across all organisations: {items} items", due.Out, StringComparison.Ordinal);

        // The queue's tables first, so that the two processes race only to open the run.
        Assert.Equal(0, GrcProcess.Run(database.ConnectionString, "migrate").Code);
        Assert.Equal(0, GrcProcess.Run(database.ConnectionString, "evaluate", "--run", "warm-up", "--batch", "1000").Code);
        string[] evaluate = ["evaluate", "--run", "scale", "--workers", "2", "--as-of", "2026-03-31"];
        using var first = GrcProcess.Start(database.ConnectionString, evaluate);
        using var second = GrcProcess.Start(database.ConnectionString, evaluate);
        var outputs = await Task.WhenAll(first.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken), second.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken));
        Assert.True(first.WaitForExit(TimeSpan.FromHours(2)) && second.WaitForExit(TimeSpan.FromHours(2)), "an evaluation did not finish");
        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.All(outputs, o => Assert.Contains($"Run scale: {count} of {count} organisations have their result.", o, StringComparison.Ordinal));
        Assert.Equal([(long)Tenants], await database.QueryAsync<long>("SELECT count(DISTINCT tenant_id) FROM isms.grc_evaluation_results WHERE run_id = 'scale'"));
        Assert.Equal([0L], await database.QueryAsync<long>("SELECT count(*) FROM isms.grc_evaluation_results WHERE run_id = 'scale' AND error IS NOT NULL"));

        TestContext.Current.TestOutputHelper?.WriteLine(seed.Out + due.Out + string.Join(string.Empty, outputs));
    }
}
