namespace Isms.Risk.Scoring;

/// <summary>What scoring noticed about a risk beyond its levels (each feeds a consistency finding).</summary>
[Flags]
#pragma warning disable CA1028 // A byte keeps the batch output small.
public enum RiskScoreFlags : byte
#pragma warning restore CA1028
{
    /// <summary>Nothing noticed.</summary>
    None = 0,

    /// <summary>The current assessment is above the inherent one (likelihood, consequence or level): kept as assessed, reported.</summary>
    CurrentAboveInherent = 1,

    /// <summary>The assessed residual is above the current assessment: kept as assessed, reported.</summary>
    ResidualAboveCurrent = 2,

    /// <summary>The residual was derived from the applied controls' effects (not assessed directly).</summary>
    ResidualDerived = 4,

    /// <summary>The residual level is within the appetite.</summary>
    ResidualWithinAppetite = 8,

    /// <summary>An acceptance exists but has expired.</summary>
    AcceptanceExpired = 16,

    /// <summary>An acceptance exists but accepted another assessment than the current one.</summary>
    AcceptanceMismatch = 32,

    /// <summary>An acceptance exists but starts after the evaluation date.</summary>
    AcceptanceNotYetValid = 64,

    /// <summary>A derived residual was capped at the current level (only possible with a non-monotone matrix).</summary>
    ResidualCapped = 128,
}
