namespace Isms.Risk.Scoring;

/// <summary>Where the likelihood and consequence of a stage came from.</summary>
public enum StageSource
{
    /// <summary>Assessed directly.</summary>
    Assessed = 0,

    /// <summary>Not assessed: taken from the inherent assessment.</summary>
    AsInherent = 1,

    /// <summary>Derived from the current assessment and the applied controls' effects.</summary>
    Derived = 2,
}
