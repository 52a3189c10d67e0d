namespace Isms.Certification;

/// <summary>
/// The stable codes of <see cref="CertificationException"/>, documented in docs/certification.md so a vendor can map
/// them to its own user interface. Codes never change meaning; new rules get new codes.
/// </summary>
/// <threadsafety>Constants; thread-safe.</threadsafety>
public static class CertificationErrorCodes
{
    /// <summary><c>ISMS-CERT-001</c>: the trigger is not permitted in the record's state (the message lists the unmet guards).</summary>
    public const string TriggerNotPermitted = "ISMS-CERT-001";

    /// <summary><c>ISMS-CERT-002</c>: the application form has an empty or out-of-range field.</summary>
    public const string InvalidApplication = "ISMS-CERT-002";

    /// <summary><c>ISMS-CERT-003</c>: an audit plan fails validation (lead auditor, dates, coverage).</summary>
    public const string InvalidAuditPlan = "ISMS-CERT-003";

    /// <summary><c>ISMS-CERT-004</c>: dates in the wrong order (an audit's last day before its first, an event before the previous one).</summary>
    public const string DatesOutOfOrder = "ISMS-CERT-004";

    /// <summary><c>ISMS-CERT-005</c>: a certificate is inconsistent (expiry not after issue, empty number or scope).</summary>
    public const string InvalidCertificate = "ISMS-CERT-005";

    /// <summary><c>ISMS-CERT-006</c>: a certification-body policy option is out of its documented range.</summary>
    public const string InvalidPolicy = "ISMS-CERT-006";

    /// <summary><c>ISMS-CERT-007</c>: an audit-time request is invalid (zero or negative headcount, factor out of bounds).</summary>
    public const string InvalidAuditTimeRequest = "ISMS-CERT-007";

    /// <summary><c>ISMS-CERT-008</c>: a trigger's payload is invalid for the record (wrong type, unknown finding, missing field).</summary>
    public const string InvalidPayload = "ISMS-CERT-008";

    /// <summary><c>ISMS-CERT-009</c>: replaying a history did not reproduce the recorded transitions.</summary>
    public const string ReplayMismatch = "ISMS-CERT-009";

    /// <summary><c>ISMS-CERT-010</c>: an audit-time table is malformed (gaps, overlaps, non-increasing days).</summary>
    public const string InvalidAuditTimeTable = "ISMS-CERT-010";

    /// <summary><c>ISMS-CERT-011</c>: a three-year audit programme does not cover the whole scope or misses an audit.</summary>
    public const string InvalidAuditProgramme = "ISMS-CERT-011";

    /// <summary>
    /// <c>ISMS-CERT-012</c>: the actor does not fit the event: a person's trigger recorded by the clock, a time-driven
    /// trigger recorded by a person, or a person id that is empty or the reserved word <c>clock</c>.
    /// </summary>
    public const string InvalidActor = "ISMS-CERT-012";
}
