using Isms.Cli.Hosting;
using Isms.Cli.SampleData;
using Isms.Oscal.Crosswalks;

namespace Isms.Cli.Commands;

/// <summary>Demo: what the sample organisation's ISMS covers of NIST CSF 2.0, through the shipped crosswalk.</summary>
internal sealed class CrosswalkDemoStep : DemoStep
{
    public override int Order => 45;

    public override string Title => "NIST CSF 2.0 coverage through the Annex A crosswalk";

    public override void Run(CliContext context)
    {
        var output = context.Out;
        var isms = SampleOrganisation.Create(context.Clock.GetCurrentInstant().InUtc().Date);
        var coverage = CrosswalkCoverage.Compute(isms, CrosswalkSets.Iso27001ToCsf2);
        output.WriteLine($"  {CrosswalkVerb.CountsLine(coverage)}");
        foreach (var function in coverage.Targets.GroupBy(t => t.Target.Value[..2]))
        {
            output.WriteLine($"  {function.Key}  {function.Count(t => t.Status == CoverageStatus.Covered),3} covered {function.Count(t => t.Status == CoverageStatus.Partial),3} partial {function.Count(t => t.Status == CoverageStatus.NotCovered),3} not covered");
        }

        output.WriteLine("  Only equal and superset count as covered (isms crosswalk --to csf-2.0)");
    }
}
