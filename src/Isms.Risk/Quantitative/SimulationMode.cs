namespace Isms.Risk.Quantitative;

/// <summary>How a simulated year's loss is drawn.</summary>
/// <threadsafety>An enumeration: immutable.</threadsafety>
public enum SimulationMode
{
    /// <summary>
    /// Annual-loss simulation (the default): each simulated year draws its number of loss events from Poisson(LEF),
    /// then one loss per event, and sums them. What a year can really cost: zero in most years, several events in some.
    /// </summary>
    AnnualLoss = 0,

    /// <summary>
    /// Expected-loss mode: each iteration multiplies a drawn Loss Event Frequency by a drawn Loss Magnitude (LEF x LM),
    /// as pyfair, RiskLens-style spreadsheets and many other tools compute. Same mean, a narrower distribution.
    /// </summary>
    ExpectedLoss = 1,
}
