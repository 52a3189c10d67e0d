using System.Text;
using Isms.Cli.Hosting;
using Isms.Cli.Reports;
using Isms.Core;
using Isms.Oscal;

namespace Isms.Cli.Commands;

/// <summary>
/// <c>isms oscal export [FILE] --model catalog|profile|ssp|assessment-plan|assessment-results|poam [--out PATH]</c>: the
/// ISMS (the built-in sample organisation without FILE) as one NIST OSCAL 1.1.2 JSON document. The documents reference
/// each other under the default names (catalog.json, profile.json, ssp.json, assessment-plan.json).
/// </summary>
internal sealed class OscalExportVerb : Verb
{
    private static readonly Dictionary<string, OscalModel> Models = new(StringComparer.Ordinal)
    {
        ["catalog"] = OscalModel.Catalog,
        ["profile"] = OscalModel.Profile,
        ["ssp"] = OscalModel.SystemSecurityPlan,
        ["assessment-plan"] = OscalModel.AssessmentPlan,
        ["assessment-results"] = OscalModel.AssessmentResults,
        ["poam"] = OscalModel.PlanOfActionAndMilestones,
    };

    public override string Name => "oscal export";

    public override int Order => 71;

    public override string Summary => "Write the ISMS as a NIST OSCAL document: catalog, SoA as profile or SSP, audits, findings, POA&M";

    protected override IReadOnlyList<Argument> DeclareArguments() => [RiskRegisterSource.File()];

    protected override IReadOnlyList<Option> DeclareOptions() =>
    [
        CliOptions.Choice("--model", "The OSCAL model to write", [.. Models.Keys]),
        ReportOutput.Option(),
        CliOptions.AsOf("Evaluate readiness (assessment-results) as of this day (default: today, UTC)"),
    ];

    public override int Run(ParsedArguments args, CliContext context)
    {
        var name = args.Get("model") ?? throw new UsageException($"oscal export: choose --model {string.Join('|', Models.Keys)}");
        var model = Models[name];
        var (isms, today) = RiskRegisterSource.Load(args, context, Name);
        var readiness = model == OscalModel.AssessmentResults ? ReadinessVerb.Analyzer.Analyze(isms, today) : null;
        byte[] bytes;
        try
        {
            bytes = OscalExporter.Default.Export(model, isms, context.Clock.GetCurrentInstant(), readiness);
        }
        catch (IsmsException ex) when (ex.Code == OscalErrorCodes.NoStatementOfApplicability)
        {
            context.Error.WriteLine($"isms: {ex.Code}: {ex.Error.Message}");
            return ExitCodes.ChecksFailed;
        }

        if (args.Get("out") is { } path)
        {
            using (var file = ReportOutput.Open(path))
            {
                file.Write(bytes);
            }

            context.Out.WriteLine($"Wrote {path} (OSCAL {name})");
            return ExitCodes.Success;
        }

        context.Out.Write(Encoding.UTF8.GetString(bytes));
        return ExitCodes.Success;
    }
}
