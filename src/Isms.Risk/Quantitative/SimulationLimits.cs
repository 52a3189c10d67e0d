namespace Isms.Risk.Quantitative;

/// <summary>
/// The limits of the Monte Carlo engine, checked before a run starts (and, for a frequency drawn from an unbounded
/// distribution, as each simulated year is drawn): beyond them a run would take minutes, overflow a count or produce
/// losses that are not finite, so it is refused with a code naming the scenario, the input and the limit instead.
/// </summary>
/// <remarks>
/// Annual-loss mode simulates every loss event, so its time grows with the number of events: a million loss events a year
/// is a process, not a scenario (model a batch, a day or an incident of many records as one event). Large rates are not
/// approximated (a normal approximation of the compound Poisson sum is poor exactly where heavy-tailed losses matter);
/// see docs/quantitative-risk.md.
/// </remarks>
/// <threadsafety>Constants: thread-safe.</threadsafety>
public static class SimulationLimits
{
    /// <summary>
    /// The most loss events a year one scenario may have: 1,000,000. Checked on the largest value the loss event frequency
    /// can take (its inputs' maxima multiplied, after controls) and, in annual-loss mode, on every simulated year's drawn
    /// frequency (<c>ISMS-FAIR-013</c>).
    /// </summary>
    public const double MaxLossEventsPerYear = 1_000_000;

    /// <summary>
    /// The most loss events one annual-loss run may expect: 1,000,000,000 (about a minute on two cores), the expected
    /// loss event frequencies of all scenarios (their inputs' means multiplied, before controls) times the iterations
    /// (<c>ISMS-FAIR-013</c>).
    /// </summary>
    public const double MaxLossEventsPerRun = 1_000_000_000;

    /// <summary>
    /// The largest loss per event: 1E+15 (a thousand trillion in any currency). The mean of every loss input (loss magnitude,
    /// primary loss, secondary loss event magnitude) and its largest possible value, where it has one, must not exceed it
    /// (<c>ISMS-FAIR-014</c>); every simulated statistic is then finite.
    /// </summary>
    public const double MaxLossPerEvent = 1e15;
}
