using System.Globalization;
using Isms.Core;
using Isms.Core.RiskManagement.Quantitative;

namespace Isms.Risk.Quantitative.Engine;

/// <summary>
/// Refuses, before a run starts, what would break <see cref="SimulationLimits"/>: a loss event frequency that can exceed the
/// events-per-year limit, a run expecting more events than the per-run limit, a loss per event above the loss limit.
/// Scenarios are checked in the set's order; the first one that breaks a limit is named.
/// </summary>
/// <threadsafety>Stateless: thread-safe.</threadsafety>
internal static class LimitCheck
{
    private static readonly FairNode[] LossNodes = [FairNode.LossMagnitude, FairNode.PrimaryLoss, FairNode.SecondaryLossEventMagnitude];

    public static void Check(FairScenarioSet set, IReadOnlyList<FairControlEffect> controls, SimulationMode mode, int iterations)
    {
        var expected = 0.0;
        var largest = (Scenario: (FairScenario?)null, Node: FairNode.LossEventFrequency, Events: 0.0);
        foreach (var scenario in set.Scenarios)
        {
            foreach (var node in LossNodes)
            {
                if (scenario.GetEstimate(node) is not { } loss)
                {
                    continue;
                }

                if (loss.Mean > SimulationLimits.MaxLossPerEvent)
                {
                    throw Refuse(FairErrorCodes.LossTooLarge, scenario, node, loss.Mean, $"a mean loss per event of {F(loss.Mean)} is above the limit of {F(SimulationLimits.MaxLossPerEvent)}");
                }

                if (double.IsFinite(loss.Maximum) && loss.Maximum > SimulationLimits.MaxLossPerEvent)
                {
                    throw Refuse(FairErrorCodes.LossTooLarge, scenario, node, loss.Maximum, $"a loss per event of up to {F(loss.Maximum)} is above the limit of {F(SimulationLimits.MaxLossPerEvent)}");
                }
            }

            var (frequencyNode, maximum, mean) = Frequency(scenario, controls);
            if (maximum > SimulationLimits.MaxLossEventsPerYear)
            {
                throw Refuse(FairErrorCodes.TooManyEvents, scenario, frequencyNode, maximum, $"up to {F(maximum)} loss events a year is above the limit of {N(SimulationLimits.MaxLossEventsPerYear)} a year per scenario; model a batch of events as one loss event");
            }

            var events = mean * iterations;
            expected += events;
            if (largest.Scenario is null || events > largest.Events)
            {
                largest = (scenario, frequencyNode, events);
            }
        }

        if (mode == SimulationMode.AnnualLoss && expected > SimulationLimits.MaxLossEventsPerRun)
        {
            throw Refuse(
                FairErrorCodes.TooManyEvents,
                largest.Scenario!,
                largest.Node,
                largest.Events,
                string.Create(CultureInfo.InvariantCulture, $"{F(largest.Events)} expected loss events in {iterations:N0} simulated years (all scenarios: {F(expected)}) are above the limit of {N(SimulationLimits.MaxLossEventsPerRun)} a run; simulate fewer years"));
        }
    }

    /// <summary>The error of a rate drawn above the limit while the run was simulated (an unbounded frequency distribution).</summary>
    public static IsmsException DrawnRate(FairScenario scenario, double rate) =>
        Refuse(FairErrorCodes.TooManyEvents, scenario, Frequency(scenario, []).Node, rate, $"a simulated year drew a loss event frequency of {F(rate)}, above the limit of {N(SimulationLimits.MaxLossEventsPerYear)} a year per scenario; bound the distribution or model a batch of events as one loss event");

    /// <summary>
    /// The node that carries the scenario's frequency, the largest value its loss event frequency can take (its inputs'
    /// maxima multiplied, times the controls' largest remaining share) and its expected value (the inputs' means multiplied,
    /// before controls; a vulnerability derived from threat capability and resistance strength counts as 1).
    /// </summary>
    private static (FairNode Node, double Maximum, double Mean) Frequency(FairScenario scenario, IReadOnlyList<FairControlEffect> controls)
    {
        FairNode node;
        double maximum, mean;
        if (scenario.GetEstimate(FairNode.LossEventFrequency) is { } lef)
        {
            (node, maximum, mean) = (FairNode.LossEventFrequency, Max(lef), Mean(lef));
        }
        else
        {
            if (scenario.GetEstimate(FairNode.ThreatEventFrequency) is { } tef)
            {
                (node, maximum, mean) = (FairNode.ThreatEventFrequency, Max(tef), Mean(tef));
            }
            else
            {
                var cf = scenario.GetEstimate(FairNode.ContactFrequency)!;
                var poa = scenario.GetEstimate(FairNode.ProbabilityOfAction)!;
                (node, maximum, mean) = (FairNode.ContactFrequency, Max(cf) * Math.Min(1, Max(poa)), Mean(cf) * Math.Min(1, Mean(poa)));
            }

            if (scenario.GetEstimate(FairNode.Vulnerability) is { } vulnerability)
            {
                maximum *= Math.Min(1, Max(vulnerability));
                mean *= Math.Min(1, Mean(vulnerability));
            }
        }

        foreach (var control in controls)
        {
            if (!control.AppliesTo(scenario.Id))
            {
                continue;
            }

            foreach (var reduction in control.Reductions)
            {
                if (reduction.Node is not (FairNode.LossMagnitude or FairNode.PrimaryLoss or FairNode.SecondaryLossEventFrequency or FairNode.SecondaryLossEventMagnitude))
                {
                    maximum *= 1 - Math.Clamp(reduction.Fraction.Minimum, 0, 1);
                }
            }
        }

        return (node, maximum, mean);
    }

    /// <summary>The largest value a frequency input can take; a Poisson frequency is its rate (annual-loss mode draws the count from it).</summary>
    private static double Max(Distribution d) => d is PoissonDistribution p ? p.Rate : d.Maximum;

    private static double Mean(Distribution d) => Math.Max(0, d.Mean);

    private static IsmsException Refuse(string code, FairScenario scenario, FairNode node, double value, string why)
    {
        var member = FairNodeNames.ToDisplayName(node);
        return new IsmsException(new IsmsError(code, $"Scenario '{scenario.Id}', {member}: {why}.")
        {
            EntityKind = nameof(FairScenario),
            EntityId = scenario.Id.Value,
            Member = member,
            Value = F(value),
        });
    }

    private static string F(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
