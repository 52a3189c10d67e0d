using System.Globalization;
using Isms.Cli.Hosting;
using Isms.Cli.SampleData;
using Isms.Risk.Quantitative;

namespace Isms.Cli.Commands;

/// <summary>The demo's quantitative step: the sample organisation's risks in money, and what the controls buy.</summary>
internal sealed class QuantitativeRiskDemoStep : DemoStep
{
    public override int Order => 50;

    public override string Title => "Quantified risk (Open FAIR Monte Carlo, clause 6.1.2 d)";

    public override void Run(CliContext context)
    {
        var output = context.Out;
        var set = SampleQuantitativeScenarios.Create();
        var options = new SimulationOptions { Iterations = 20_000, Seed = 2026, MaxDegreeOfParallelism = 2 };
        var comparison = FairSimulator.Shared.CompareControls(set, options);
        var before = comparison.Before;
        var after = comparison.After;
        output.WriteLine("  20,000 simulated years, seed 2026. Annual loss in EUR, before -> after:");
        output.WriteLine();
        output.WriteLine($"  {"Id",-5} {"Scenario",-40}{"Mean before -> after",22}");
        foreach (var s in before.Scenarios)
        {
            var name = s.Name.Length > 39 ? s.Name[..38] + "." : s.Name;
            output.WriteLine($"  {s.Id.Value,-5} {name,-40}{SimulateVerb.Money(s.Mean),10} -> {SimulateVerb.Money(after[s.Id].Mean),-8}");
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Portfolio mean {SimulateVerb.Money(before.Portfolio.Mean)} -> {SimulateVerb.Money(after.Portfolio.Mean)}; P90 {SimulateVerb.Money(before.Portfolio.Percentile(0.9))} -> {SimulateVerb.Money(after.Portfolio.Percentile(0.9))}; P99 {SimulateVerb.Money(before.Portfolio.Percentile(0.99))} -> {SimulateVerb.Money(after.Portfolio.Percentile(0.99))}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  P(annual loss > 1M) {SimulateVerb.Percent(before.Portfolio.ProbabilityOfExceeding(1_000_000))} -> {SimulateVerb.Percent(after.Portfolio.ProbabilityOfExceeding(1_000_000))}"));
        output.WriteLine();
        output.WriteLine($"  {"Control",-46}{"Cost",8}{"ALE cut",9}{"ROSI",8}");
        foreach (var c in comparison.Controls)
        {
            var rosi = c.ReturnOnSecurityInvestment is { } r ? (r * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "-";
            output.WriteLine($"  {c.ControlId + " " + c.Name,-46}{SimulateVerb.Money(c.AnnualCost),8}{SimulateVerb.Money(c.AleReduction),9}{rosi,8}");
        }

        output.WriteLine();
        output.WriteLine("  Try: isms simulate [FILE.csv|FILE.json] --seed 1 --format json");
    }
}
