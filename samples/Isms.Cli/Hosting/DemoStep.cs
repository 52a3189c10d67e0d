using Isms.Cli.Commands;

namespace Isms.Cli.Hosting;

/// <summary>
/// One step of the demo (<c>isms</c> with no arguments). Each capability adds a step by adding one subclass and one
/// line to <see cref="All"/> (a test fails if a step is missing); the demo runs them in <see cref="Order"/>, each as one
/// screen-sized report on the sample organisation.
/// </summary>
internal abstract class DemoStep
{
    /// <summary>Where the step comes in the story (lower first).</summary>
    public abstract int Order { get; }

    /// <summary>The heading printed above the step.</summary>
    public abstract string Title { get; }

    /// <summary>Writes the step's report.</summary>
    public abstract void Run(CliContext context);

    /// <summary>Every demo step, in order (an explicit list: no reflection at start-up, trimmable).</summary>
    public static IReadOnlyList<DemoStep> All { get; } = new DemoStep[]
    {
        new PackagesDemoStep(),
        new ProfileScopeDemoStep(),
        new RiskRegisterDemoStep(),
        new AssetHeatmapDemoStep(),
        new SoaSummaryDemoStep(),
        new CrosswalkDemoStep(),
        new TreatmentPlanDemoStep(),
        new QuantitativeRiskDemoStep(),
        new CertificationDemoStep(),
        new EvidenceDemoStep(),
        new ReadinessDemoStep(),
    }.OrderBy(s => s.Order).ToList();
}
