namespace Isms.Evidence;

/// <summary>The stable codes of the errors Isms.Evidence throws (documented in docs/errors.md).</summary>
/// <threadsafety>Constants; thread-safe.</threadsafety>
public static class EvidenceErrorCodes
{
    /// <summary>A recurrence rule passed Core's syntax check but the calendar library cannot expand it (e.g. <c>BYDAY=XX</c>).</summary>
    public const string ScheduleNotExpandable = "ISMS-EVD-001";

    /// <summary>A schedule produces more occurrences in the window asked about than the expansion limit (e.g. <c>FREQ=SECONDLY</c> over years).</summary>
    public const string TooManyOccurrences = "ISMS-EVD-002";

    /// <summary>An evidence proposal names no control, applied control, requirement or objective, so it could support nothing.</summary>
    public const string ProposalSupportsNothing = "ISMS-EVD-003";

    /// <summary>The evidence item to accept is not in the ISMS.</summary>
    public const string UnknownEvidence = "ISMS-EVD-004";
}
