using Isms.Cli.Hosting;

namespace Isms.Cli.Commands;

/// <summary>The demo's first step: what the packages are.</summary>
internal sealed class PackagesDemoStep : DemoStep
{
    public override int Order => 0;

    public override string Title => "The packages";

    public override void Run(CliContext context)
    {
        var output = context.Out;
        output.WriteLine("  Isms.Core           the ISMS as data: context, scope, assets, risks, controls,");
        output.WriteLine("                      Annex A, SoA, audits, reviews; readiness analysis");
        output.WriteLine("  Isms.Risk           risk scoring: matrices, inherent/current/residual risk,");
        output.WriteLine("                      Open FAIR Monte Carlo");
        output.WriteLine("  Isms.Certification  the certification lifecycle as a state machine, audit");
        output.WriteLine("                      time, deadlines");
        output.WriteLine("  Isms.Serialization  versioned JSON documents, strict reading, safe storage");
        output.WriteLine("  Isms.Extensions.DependencyInjection");
        output.WriteLine("                      services.AddIsms(...): clock, engines, catalogs, stores");
    }
}
