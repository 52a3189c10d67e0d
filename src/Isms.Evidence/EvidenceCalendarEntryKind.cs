namespace Isms.Evidence;

/// <summary>What an <see cref="EvidenceCalendarEntry"/> reminds of.</summary>
public enum EvidenceCalendarEntryKind
{
    /// <summary>An occurrence of a control test's schedule.</summary>
    ControlTest = 0,

    /// <summary>An occurrence of a monitoring activity's schedule (clause 9.1).</summary>
    Measurement = 1,

    /// <summary>The last day an accepted evidence item is valid.</summary>
    EvidenceExpiry = 2,

    /// <summary>The last day the certification body's next audit may be held.</summary>
    Audit = 3,
}
