namespace Isms.Risk.Scoring;

/// <summary>How serious a consistency finding is.</summary>
public enum FindingSeverity
{
    /// <summary>Worth knowing; no rule is broken.</summary>
    Information = 0,

    /// <summary>Likely to be raised by an auditor; fix before the audit.</summary>
    Warning = 1,

    /// <summary>A rule is broken or the risk cannot be scored; blocks a sound risk assessment.</summary>
    Error = 2,
}
