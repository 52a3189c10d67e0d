namespace Isms.Core.Monitoring;

/// <summary>The outcome of one performance of a control test.</summary>
public enum ControlTestOutcome
{
    /// <summary>The control operated as designed across the sample.</summary>
    Effective,

    /// <summary>The control operated, with exceptions recorded as findings.</summary>
    EffectiveWithExceptions,

    /// <summary>The control did not operate as designed.</summary>
    Ineffective,
}
