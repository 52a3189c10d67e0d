using Isms.Cli.Hosting;

namespace Isms.Cli.Commands;

/// <summary>The demo's certification step: the sample organisation's cycle, one line per step.</summary>
internal sealed class CertificationDemoStep : DemoStep
{
    public override int Order => 60;

    public override string Title => "Certification: application to recertification (isms certification)";

    public override void Run(CliContext context)
    {
        var output = context.Out;
        var record = CertificationVerb.Walk((step, _, after, _) =>
            output.WriteLine($"  {step.Date:uuuu-MM-dd}  {step.Label,-30}  {after.State}"));
        var certificate = record.Certificate!;
        output.WriteLine($"  Certificate {certificate.Number} valid to {certificate.ExpiryDate:uuuu-MM-dd}; {record.History.Count} events in the history.");
    }
}
