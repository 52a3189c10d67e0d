using System.Diagnostics;
using Isms.Marten.Tests.Support;
using Isms.Samples.GrcHost.Generation;
using Isms.Samples.GrcHost.Tests.Support;

namespace Isms.Samples.GrcHost.Tests;

/// <summary>
/// Two real <c>isms-grc evaluate</c> processes share one run on the real PostgreSQL; one is killed mid-run and the other
/// finishes: every organisation has exactly one result for the run, none lost, none twice.
/// </summary>
public sealed class EvaluationDistributionTests(PostgresServer server) : IAsyncLifetime
{
    private const int Tenants = 40;
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
    public async Task A_process_killed_mid_run_loses_nothing_and_no_organisation_is_evaluated_twice()
    {
        var database = _database!;
        var seeded = GrcProcess.Run(database.ConnectionString, "seed", "--tenants", Tenants.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(seeded.Code == 0, seeded.Error);
        // The queue's tables exist before the processes race to open the run (as after any earlier evaluate).
        Assert.Equal(0, GrcProcess.Run(database.ConnectionString, "evaluate", "--run", "warm-up").Code);

        string[] evaluate = ["evaluate", "--run", "shared", "--workers", "1", "--batch", "2", "--pause", "300", "--as-of", "2026-11-30"];
        using var victim = GrcProcess.Start(database.ConnectionString, evaluate);
        using var survivor = GrcProcess.Start(database.ConnectionString, evaluate);
        var survivorOut = survivor.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var survivorError = survivor.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        // Kill the victim once it has committed work of its own, while batches are left.
        var watch = Stopwatch.StartNew();
        long victims = 0, all = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(60) && victims == 0)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
            victims = (await database.QueryAsync<long>($"SELECT count(*) FROM isms.grc_evaluation_results WHERE run_id = 'shared' AND evaluated_by LIKE '%:{victim.Id}'")).Single();
        }

        victim.Kill(entireProcessTree: true);
        all = (await database.QueryAsync<long>("SELECT count(*) FROM isms.grc_evaluation_results WHERE run_id = 'shared'")).Single();
        Assert.True(victims > 0, "the victim committed nothing within a minute");
        Assert.True(all < Tenants, "the run was over before the kill: the test would prove nothing");

        Assert.True(survivor.WaitForExit(120_000), "the survivor did not finish");
        Assert.True(survivor.ExitCode == 0, await survivorError);
        Assert.Contains($"Run shared: {Tenants} of {Tenants} organisations have their result.", await survivorOut, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, Tenants).Select(OrganisationGenerator.TenantOf),
            await database.QueryAsync<string>("SELECT tenant_id FROM isms.grc_evaluation_results WHERE run_id = 'shared' ORDER BY tenant_id"));
        Assert.Equal(2, (await database.QueryAsync<string>("SELECT DISTINCT evaluated_by FROM isms.grc_evaluation_results WHERE run_id = 'shared'")).Count);
        Assert.Equal([0L], await database.QueryAsync<long>("SELECT count(*) FROM isms.grc_evaluation_batches WHERE run_id = 'shared' AND done_at IS NULL"));
    }
}
