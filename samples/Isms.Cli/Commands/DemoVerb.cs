using Isms.Cli.Hosting;

namespace Isms.Cli.Commands;

/// <summary><c>isms demo</c> (and <c>isms</c> with no arguments): the product's story on the sample organisation.</summary>
internal sealed class DemoVerb : Verb
{
    public override string Name => "demo";

    public override string Summary => "Run the demo on the built-in sample organisation (the default)";

    public override string Usage => "[demo]";

    public override int Run(ParsedArguments args, CliContext context)
    {
        var output = context.Out;
        output.WriteLine("Isms.Core - an ISO/IEC 27001:2022 Information Security Management System as a .NET library");
        output.WriteLine();
        output.WriteLine("Packages:");
        output.WriteLine("  Isms.Core           the ISMS as data: context, scope, assets, risks, controls, Annex A, SoA, audits");
        output.WriteLine("  Isms.Risk           risk scoring: matrices, inherent/current/residual risk, FAIR Monte Carlo");
        output.WriteLine("  Isms.Certification  the certification lifecycle as a state machine, audit time, deadlines");
        output.WriteLine("  Isms.Serialization  versioned JSON documents, strict reading, crash-safe file storage");
        output.WriteLine();
        IsmsApp.WriteHelp(output);
        return ExitCodes.Success;
    }
}
