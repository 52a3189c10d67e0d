namespace Isms.Core.RiskManagement.Criteria;

/// <summary>
/// How the consequences assessed per criterion (C, I, A and any others) combine into the one consequence level that
/// enters the risk matrix. Documented in the risk criteria so that results are consistent and comparable.
/// <para>ISO/IEC 27001:2022 clause 6.1.2 b: consistent, valid and comparable results.</para>
/// </summary>
public enum ConsequenceCombination
{
    /// <summary>The highest level over all criteria (worst case). The default, and what ISO/IEC 27005 practice expects.</summary>
    WorstCase = 0,

    /// <summary>The arithmetic mean of the levels, rounded up to a whole level (never below the mean).</summary>
    MeanRoundedUp = 1,
}
