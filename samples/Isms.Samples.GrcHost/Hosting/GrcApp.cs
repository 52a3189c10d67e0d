using Isms.Samples.GrcHost.Commands;

namespace Isms.Samples.GrcHost.Hosting;

/// <summary>
/// The <c>isms-grc</c> host on the same command-line layer as <c>isms</c> (System.CommandLine configured for the hosts'
/// contract: exit codes 0/1/2, one line on stderr per error, <c>--help</c>, <c>--version</c>, completion, no response
/// files). The bare command is today's due list on the folder store; the verbs <c>seed</c>, <c>due</c>,
/// <c>evaluate</c> and <c>migrate</c> work on PostgreSQL; verbs (<c>isms-grc VERB</c>) are added to
/// <see cref="Verbs"/>. Thread-safe.
/// </summary>
internal static class GrcApp
{
    private static readonly CommandLineHost<GrcVerb> Host = new(
        new CommandLineProgram(
            "isms-grc",
            "isms-grc - the daily due list of a GRC platform's organisations",
            typeof(GrcApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0")
        {
            Footer =
            [
                "Exit codes: 0 success, 2 bad usage, unreadable input or database down.",
                "PostgreSQL verbs: connection string from $ISMS_POSTGRES (or --connection).",
                "Run it once a day from a scheduler (cron, a Kubernetes CronJob, Task Scheduler).",
            ],
        },
        verbs: [new SeedVerb(), new DueVerb(), new EvaluateVerb(), new MigrateVerb()],
        defaultVerb: new DueListVerb());

    /// <summary>Every verb besides the bare command, in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<GrcVerb> Verbs => Host.Verbs;

    /// <summary>The bare command (<c>isms-grc [--store DIR] [--as-of YYYY-MM-DD] ...</c>).</summary>
    public static GrcVerb DefaultVerb => Host.DefaultVerb!;

    /// <summary>Runs the host and returns its exit code.</summary>
    public static int Run(IReadOnlyList<string> args, GrcContext context) =>
        Host.Run(args, context.Out, context.Error, (verb, parsed) => verb.Run(parsed, context));
}
