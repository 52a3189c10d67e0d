namespace Isms.Certification.Audits;

/// <summary>Roles in an audit team (ISO/IEC 17021-1:2015 clause 9.2.2).</summary>
public enum AuditRole
{
    /// <summary>The audit team leader, accountable for the audit.</summary>
    LeadAuditor = 0,

    /// <summary>An auditor.</summary>
    Auditor = 1,

    /// <summary>A technical expert supporting the team, not auditing.</summary>
    TechnicalExpert = 2,

    /// <summary>An observer (e.g. accreditation body), not auditing.</summary>
    Observer = 3,
}
