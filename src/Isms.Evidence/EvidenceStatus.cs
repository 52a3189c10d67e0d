namespace Isms.Evidence;

/// <summary>Where a control stands on evidence as of a date.</summary>
public enum EvidenceStatus
{
    /// <summary>Accepted evidence is valid now and stays valid until the next audit (or the warning horizon).</summary>
    Current,

    /// <summary>Accepted evidence is valid now but all of it expires before the next audit (or within the warning horizon).</summary>
    Expiring,

    /// <summary>No accepted evidence is valid now.</summary>
    Missing,

    /// <summary>The Statement of Applicability excludes the control.</summary>
    NotApplicable,
}
