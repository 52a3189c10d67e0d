namespace Isms.Risk.Scoring;

/// <summary>
/// A risk evaluated against the risk acceptance criteria (on its current level).
/// <para>ISO/IEC 27001:2022 clause 6.1.2 e: evaluate the risks (compare with the risk criteria, prioritise for treatment).</para>
/// </summary>
public enum RiskEvaluation : byte
{
    /// <summary>Not evaluated (the default value of an unscored output).</summary>
    None = 0,

    /// <summary>The current level is at or below the acceptance level (the risk appetite).</summary>
    WithinAppetite = 1,

    /// <summary>The current level is above the appetite and no valid acceptance covers it: treat it.</summary>
    NeedsTreatment = 2,

    /// <summary>Above the appetite, but covered by a valid, unexpired acceptance of the current assessment by the risk owner.</summary>
    Accepted = 3,
}
