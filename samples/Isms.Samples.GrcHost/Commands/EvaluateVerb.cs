using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Isms.Marten;
using Isms.Samples.GrcHost.Evaluation;
using Isms.Samples.GrcHost.Hosting;
using Isms.Samples.GrcHost.Postgres;
using Isms.Samples.GrcHost.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NodaTime;

namespace Isms.Samples.GrcHost.Commands;

/// <summary>
/// <c>isms-grc evaluate [--workers N] [--run ID]</c>: re-evaluates every organisation in PostgreSQL (readiness, risk
/// scoring, deadlines) and writes each one's results to the read model <c>grc_evaluation_results</c>. Any number of
/// processes given the same <c>--run</c> share the work (<see cref="EvaluationQueue"/>): each tenant's result is committed
/// once per run, and a process killed mid-run loses nothing the others do not finish.
/// </summary>
internal sealed class EvaluateVerb : GrcVerb
{
    public override string Name => "evaluate";

    public override string Summary => "Re-evaluate every organisation in PostgreSQL (readiness, risks, deadlines) and store the results";

    public override int Order => 30;

    protected override IReadOnlyList<Option> DeclareOptions() =>
    [
        CliOptions.WholeNumber("--workers", "N", "Workers in this process, 1 to 64 (default: the number of processors)", min: 1, max: 64),
        CliOptions.Text("--run", "ID", "The run to open or join: processes given the same ID share it (default: a new run, printed)"),
        CliOptions.AsOf("Evaluate as of this day (default: today, UTC; a joined run keeps its own day)"),
        CliOptions.WholeNumber("--batch", "N", "Organisations per batch (the unit a worker takes), 1 to 10000 (default 50)", min: 1, max: 10_000),
        CliOptions.WholeNumber("--pause", "MS", "Pause after each batch, 0 to 60000 ms (default 0; to watch a run, or kill a process mid-run)", min: 0, max: 60_000),
        GrcPostgres.ConnectionOption(),
    ];

    public override int Run(ParsedArguments args, GrcContext context)
    {
        var connection = GrcPostgres.ConnectionString(args);
        var workers = args.GetInt("workers", Environment.ProcessorCount);
        var run = args.Get("run") ?? "run-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        if (run.Length > 100 || !run.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new UsageException($"option --run: '{run}' is not a run id (letters, digits, '-', '_', '.', at most 100)");
        }

        var batch = args.GetInt("batch", 50);
        var pause = TimeSpan.FromMilliseconds(args.GetInt("pause", 0));
        return GrcPostgres.Run(connection, async () =>
        {
            using var provider = GrcServices.BuildPostgres(connection, context.Configure);
            var marten = provider.GetRequiredService<MartenDocumentStore>();
            var store = provider.GetRequiredService<OrganisationStore>();
            var evaluation = provider.GetRequiredService<TenantEvaluation>();
            await using var database = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connection) { MaxPoolSize = Math.Max(100, (workers * 2) + 10) }.ConnectionString);
            var queue = new EvaluationQueue(database, marten.Marten.Options.DatabaseSchemaName);
            await queue.ApplySchemaAsync(CancellationToken.None).ConfigureAwait(false);

            var node = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}");
            var watch = Stopwatch.StartNew();
            var (asOf, tenants, opened) = await queue.OpenAsync(run, args.AsOf(provider.GetRequiredService<IClock>()), batch,
                () => store.KeysAsync(), CancellationToken.None).ConfigureAwait(false);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(opened ? "Opened" : "Joined")} run {run} as of {asOf:uuuu-MM-dd}: {tenants} organisations; {workers} workers in process {node}."));

            var tallies = await Task.WhenAll(Enumerable.Range(0, workers).Select(_ =>
                Task.Run(() => queue.WorkAsync(run, asOf, node, marten, evaluation, pause, CancellationToken.None)))).ConfigureAwait(false);
            watch.Stop();

            var mine = tallies.Sum(t => t.Tenants);
            var total = await queue.CountResultsAsync(run, CancellationToken.None).ConfigureAwait(false);
            var busy = TimeSpan.FromTicks(tallies.Sum(t => (t.LoadIsms + t.LoadCertification + t.Evaluate + t.Commit).Ticks));
            double Share(Func<WorkerTally, TimeSpan> part) => busy == TimeSpan.Zero ? 0 : 100.0 * tallies.Sum(t => part(t).Ticks) / busy.Ticks;
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"This process evaluated {mine} organisations in {watch.Elapsed.TotalSeconds:0.0} s: {mine / Math.Max(watch.Elapsed.TotalSeconds, 0.001):0} organisations/s."));
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Worker time: load ISMS {Share(t => t.LoadIsms):0}%, load certification record {Share(t => t.LoadCertification):0}%, evaluate {Share(t => t.Evaluate):0}%, commit {Share(t => t.Commit):0}%; {tallies.Sum(t => t.Errors)} organisations not readable (reported with their error code)."));
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Run {run}: {total} of {tenants} organisations have their result."));
            return ExitCodes.Success;
        });
    }
}
