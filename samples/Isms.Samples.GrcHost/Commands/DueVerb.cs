using System.Diagnostics;
using System.Globalization;
using Isms.Marten;
using Isms.Samples.GrcHost.Hosting;
using Isms.Samples.GrcHost.Postgres;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Isms.Samples.GrcHost.Commands;

/// <summary>
/// <c>isms-grc due --as-of YYYY-MM-DD</c>: what is due on or before a day across every organisation in PostgreSQL, per kind,
/// from the store's deadline read model (one indexed query, never a read of the documents), and how long it took.
/// </summary>
internal sealed class DueVerb : GrcVerb
{
    public override string Name => "due";

    public override string Summary => "Count what is due by a day across all organisations in PostgreSQL, per kind, and time the query";

    public override int Order => 20;

    protected override IReadOnlyList<Option> DeclareOptions() =>
    [
        CliOptions.AsOf("Count items due on or before this day, overdue included (default: today, UTC)"),
        CliOptions.WholeNumber("--repeat", "N", "Run the query N times and report the median time, 1 to 1000 (default 1)", min: 1, max: 1000),
        GrcPostgres.ConnectionOption(),
    ];

    public override int Run(ParsedArguments args, GrcContext context)
    {
        var connection = GrcPostgres.ConnectionString(args);
        var repeat = args.GetInt("repeat", 1);
        return GrcPostgres.Run(connection, async () =>
        {
            using var provider = GrcServices.BuildPostgres(connection, context.Configure);
            var asOf = args.AsOf(provider.GetRequiredService<IClock>());
            var store = provider.GetRequiredService<MartenDocumentStore>();
            IReadOnlyDictionary<string, long> counts = new Dictionary<string, long>();
            var times = new List<double>();
            for (var i = 0; i < repeat; i++)
            {
                var watch = Stopwatch.StartNew();
                counts = await store.CountDueItemsAsync(asOf).ConfigureAwait(false);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Due on or before {asOf:uuuu-MM-dd} across all organisations: {counts.Values.Sum()} items"));
            foreach (var kind in new[] { DueItemKinds.Certification, DueItemKinds.RiskAcceptance, DueItemKinds.TreatmentAction, DueItemKinds.CorrectiveAction, DueItemKinds.DocumentReview })
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind,-18} {counts.GetValueOrDefault(kind),10}"));
            }

            context.Out.WriteLine(repeat == 1
                ? string.Create(CultureInfo.InvariantCulture, $"Query time: {times[0]:0.0} ms")
                : string.Create(CultureInfo.InvariantCulture, $"Query time: median {times[times.Count / 2]:0.0} ms of {repeat} runs (min {times[0]:0.0}, max {times[^1]:0.0})"));
            return ExitCodes.Success;
        });
    }
}
