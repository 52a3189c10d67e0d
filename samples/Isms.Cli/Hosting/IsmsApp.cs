using Isms.Cli.Commands;
using NodaTime;

namespace Isms.Cli.Hosting;

/// <summary>
/// The <c>isms</c> host: its verbs on the shared <see cref="CommandLineHost{TVerb}"/> (System.CommandLine configured for
/// the hosts' contract, docs/decisions/0005-hosts-on-system-commandline.md). Thread-safe.
/// </summary>
internal static class IsmsApp
{
    /// <summary>
    /// Every verb of the host, in the order <c>--help</c> lists them. A capability adds a verb by adding one file under
    /// <c>Commands/</c> and one line here (a test fails if a <see cref="Verb"/> is missing); an explicit list keeps
    /// start-up free of reflection and the host trimmable.
    /// </summary>
    public static IReadOnlyList<Verb> Verbs => Host.Verbs;

    private static readonly CommandLineHost<Verb> Host = CreateHost();

    /// <summary>Runs the host with the system clock.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CliContext(stdout, stderr, SystemClock.Instance));

    /// <summary>Runs the host: no arguments runs the demo; otherwise the first argument names the verb.</summary>
    public static int Run(IReadOnlyList<string> args, CliContext context) =>
        Host.Run(args, context.Out, context.Error, (verb, parsed) => verb.Run(parsed, context));

    /// <summary>Writes the general help: the product in one line and its verbs.</summary>
    public static void WriteHelp(TextWriter output) => Host.WriteHelp(output);

    private static CommandLineHost<Verb> CreateHost()
    {
        Verb[] verbs =
        [
            new DemoVerb(),
            new CatalogVerb(),
            new ReadinessVerb(),
            new SoaVerb(),
            new EvidenceVerb(),
            new RisksVerb(),
            new HeatmapVerb(),
            new SimulateVerb(),
            new CertificationVerb(),
            new AuditTimeVerb(),
            new ValidateVerb(),
            new InitVerb(),
            new SchemaVerb(),
            new OscalImportVerb(),
            new OscalExportVerb(),
            new CrosswalkVerb(),
        ];
        var program = new CommandLineProgram("isms", "isms - model, run and certify an ISO/IEC 27001:2022 ISMS", Version())
        {
            UsageLines =
            [
                "isms [VERB] [ARGS] [--format table|json|csv|tsv|md]",
                "isms            runs the demo on the built-in sample organisation",
            ],
            Footer =
            [
                "Exit codes: 0 success, 1 input read but fails checks,",
                "            2 bad usage or unreadable input.",
                "Run 'isms VERB --help' for a verb's options.",
            ],
        };
        return new CommandLineHost<Verb>(program, verbs, defaultVerb: verbs[0]);
    }

    private static string Version() => typeof(IsmsApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
