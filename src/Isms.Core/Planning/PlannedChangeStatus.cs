namespace Isms.Core.Planning;

/// <summary>Where a planned change to the ISMS stands.</summary>
public enum PlannedChangeStatus
{
    /// <summary>Proposed, not yet approved.</summary>
    Proposed,

    /// <summary>Approved and planned.</summary>
    Approved,

    /// <summary>Being carried out.</summary>
    InProgress,

    /// <summary>Carried out.</summary>
    Completed,

    /// <summary>Abandoned.</summary>
    Cancelled,
}
