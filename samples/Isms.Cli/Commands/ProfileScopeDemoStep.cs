using Isms.Cli.Hosting;
using Isms.Cli.SampleData;

namespace Isms.Cli.Commands;

/// <summary>Demo: the sample organisation's profile (the certification application form) and ISMS scope.</summary>
internal sealed class ProfileScopeDemoStep : DemoStep
{
    public override int Order => 10;

    public override string Title => "The sample organisation: profile and scope (4.3)";

    public override void Run(CliContext context)
    {
        var output = context.Out;
        var isms = SampleOrganisation.Create(context.Clock.GetCurrentInstant().InUtc().Date);
        var profile = isms.Profile;
        output.WriteLine($"  {profile.LegalName} ({profile.TradingName}), {profile.PersonsDoingWork} persons doing work under its control");
        ReadinessVerb.Wrap(output, "  Activities: ", profile.NatureOfActivities, 80);
        foreach (var site in profile.Sites)
        {
            var central = site.IsCentralFunction ? ", central function" : "";
            output.WriteLine($"  Site {site.Id,-4} {site.Name} ({site.Persons} persons{central})");
            ReadinessVerb.Wrap(output, "            ", string.Join(", ", site.Processes), 80);
        }

        output.WriteLine();
        var scope = isms.Scope!;
        ReadinessVerb.Wrap(output, "  Scope: ", scope.Statement, 80);
        ReadinessVerb.Wrap(output, "  Interfaces: ", string.Join("; ", scope.Interfaces), 80);
        ReadinessVerb.Wrap(output, "  Dependencies: ", string.Join("; ", scope.Dependencies), 80);
        output.WriteLine();
        output.WriteLine($"  Register: {isms.People.Count} people, {isms.Assets.Count} assets, {isms.Risks.Count} risks, "
            + $"{isms.AppliedControls.Count} applied controls, {isms.Documents.Count} documents");
        output.WriteLine($"  Risk criteria: {isms.RiskCriteria.Name}, accept up to "
            + isms.RiskCriteria.Matrix.Definition(isms.RiskCriteria.AcceptanceLevel).Name);
    }
}
