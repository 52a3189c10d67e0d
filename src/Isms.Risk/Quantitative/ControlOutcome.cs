namespace Isms.Risk.Quantitative;

/// <summary>
/// What a control (or all controls together) changes in the portfolio's annualised loss expectancy (ALE), with the
/// return on security investment ROSI = (ALE before - ALE after - cost) / cost.
/// </summary>
/// <param name="ControlId">The control's id, or <c>*</c> for all controls together.</param>
/// <param name="Name">The control's name.</param>
/// <param name="AnnualCost">The control's annual cost.</param>
/// <param name="AleBefore">The mean annual loss without controls.</param>
/// <param name="AleAfter">The mean annual loss with the control.</param>
/// <threadsafety>Immutable: thread-safe.</threadsafety>
public sealed record ControlOutcome(string ControlId, string Name, double AnnualCost, double AleBefore, double AleAfter)
{
    /// <summary>ALE before minus ALE after.</summary>
    public double AleReduction => AleBefore - AleAfter;

    /// <summary>(ALE reduction - cost) / cost; null when the control costs nothing.</summary>
    public double? ReturnOnSecurityInvestment => AnnualCost > 0 ? (AleReduction - AnnualCost) / AnnualCost : null;
}
