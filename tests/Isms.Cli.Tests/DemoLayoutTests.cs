namespace Isms.Cli.Tests;

/// <summary>The whole demo (<c>isms</c> with no arguments) as a person reads it in a plain terminal or a file.</summary>
public sealed class DemoLayoutTests
{
    private static readonly Lazy<CliResult> Demo = new(() => CliRunner.Process());

    [Fact]
    public void The_demo_fits_80_columns()
    {
        var wide = Demo.Value.OutLines.Where(l => l.Length > 80).ToList();

        Assert.Equal(0, Demo.Value.ExitCode);
        Assert.True(wide.Count == 0, "lines wider than 80 columns:\n" + string.Join('\n', wide));
    }

    [Fact]
    public void Redirected_output_has_no_colour_codes()
    {
        Assert.DoesNotContain('\u001b', Demo.Value.Out);
        Assert.Empty(Demo.Value.Error);
    }

    [Fact]
    public void The_story_runs_from_profile_to_certification_in_order()
    {
        string[] steps =
        [
            "== The sample organisation: profile and scope",
            "== Risk assessment and treatment",
            "== Assets and heat maps: inherent vs residual",
            "== Statement of Applicability by theme",
            "== Risk treatment plan",
            "== Quantified risk",
            "== Certification",
            "== Evidence against the audit calendar",
            "== Stage 1 readiness by clause",
        ];
        var positions = steps.Select(s => Demo.Value.Out.IndexOf(s, StringComparison.Ordinal)).ToList();

        Assert.All(positions.Zip(steps), p => Assert.True(p.First >= 0, $"missing step '{p.Second}'"));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void The_heat_maps_show_inherent_and_residual_side_by_side_with_every_risk_counted()
    {
        var result = CliRunner.InProcess("demo");
        var lines = result.OutLines;
        var title = Array.FindIndex(lines, l => l.Contains("Inherent (", StringComparison.Ordinal) && l.Contains("Residual (", StringComparison.Ordinal));

        Assert.True(title >= 0, "no line has both heat-map titles");
        Assert.Contains("Inherent (15 risks)", lines[title], StringComparison.Ordinal);
        Assert.Contains("Residual (15 risks)", lines[title], StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Out);
    }

    [Fact]
    public void The_treatment_plan_step_flags_the_overdue_and_the_unowned_action()
    {
        var result = CliRunner.InProcess("demo");
        var plan = result.Out[result.Out.IndexOf("== Risk treatment plan", StringComparison.Ordinal)..];
        plan = plan[..plan.IndexOf("\n== ", 5, StringComparison.Ordinal)];

        Assert.Contains("T-02", plan, StringComparison.Ordinal);
        Assert.Contains("OVERDUE", plan, StringComparison.Ordinal);
        Assert.Contains("(no owner)", plan, StringComparison.Ordinal);
        Assert.Contains("1 overdue, 1 open without an owner", plan, StringComparison.Ordinal);
    }
}
