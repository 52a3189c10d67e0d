namespace Isms.Cli.Hosting;

/// <summary>
/// One step of the demo (<c>isms</c> with no arguments). Each capability adds a step by adding one subclass;
/// the demo runs them in <see cref="Order"/>, each as one screen-sized report on the sample organisation.
/// </summary>
internal abstract class DemoStep
{
    /// <summary>Where the step comes in the story (lower first).</summary>
    public abstract int Order { get; }

    /// <summary>The heading printed above the step.</summary>
    public abstract string Title { get; }

    /// <summary>Writes the step's report.</summary>
    public abstract void Run(CliContext context);

    /// <summary>Every demo step in this assembly, in order.</summary>
    public static IReadOnlyList<DemoStep> All { get; } = typeof(DemoStep).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(DemoStep)) && !t.IsAbstract)
        .Select(t => (DemoStep)Activator.CreateInstance(t)!)
        .OrderBy(s => s.Order)
        .ToList();
}
