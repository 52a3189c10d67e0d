namespace Isms.Risk.Scoring;

/// <summary>The state of a risk acceptance on the evaluation date, as the batch input carries it.</summary>
public enum AcceptanceState : byte
{
    /// <summary>No acceptance.</summary>
    None = 0,

    /// <summary>Given on or before the evaluation date and not expired.</summary>
    InForce = 1,

    /// <summary>Expired before the evaluation date.</summary>
    Expired = 2,

    /// <summary>Given after the evaluation date.</summary>
    NotYetValid = 3,
}
