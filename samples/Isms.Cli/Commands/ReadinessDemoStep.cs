using Isms.Cli.Hosting;
using Isms.Cli.SampleData;
using Isms.Core.Readiness;

namespace Isms.Cli.Commands;

/// <summary>Demo: what a Stage 1 auditor would find in the sample organisation, by clause.</summary>
internal sealed class ReadinessDemoStep : DemoStep
{
    public override int Order => 80;

    public override string Title => "Stage 1 readiness by clause (4-10, Annex A)";

    public override void Run(CliContext context)
    {
        var today = context.Clock.GetCurrentInstant().InUtc().Date;
        var isms = SampleOrganisation.Create(today);
        var report = ReadinessVerb.Analyzer.Analyze(isms, today);
        ReadinessVerb.WriteTable(isms, report, context.Out, maxPerSection: 2);
    }
}
