namespace Isms.Certification.Audits;

/// <summary>The kinds of certification audit (ISO/IEC 17021-1:2015 clause 9).</summary>
public enum AuditKind
{
    /// <summary>Stage 1: readiness, documentation, understanding of the requirements (17021-1 clause 9.3.1.2).</summary>
    Stage1 = 0,

    /// <summary>Stage 2: implementation and effectiveness of the ISMS (17021-1 clause 9.3.1.3).</summary>
    Stage2 = 1,

    /// <summary>Surveillance audit, at least once per calendar year except recertification years (17021-1 clause 9.6.2).</summary>
    Surveillance = 2,

    /// <summary>Recertification audit before expiry (17021-1 clause 9.6.3).</summary>
    Recertification = 3,

    /// <summary>Special audit, e.g. for a scope extension or at short notice (17021-1 clause 9.6.4).</summary>
    Special = 4,

    /// <summary>Transition audit from the 2013 to the 2022 edition (IAF MD 26).</summary>
    Transition = 5,

    /// <summary>The outstanding recertification work completed after expiry, within 6 months (17021-1 clause 9.6.3.2.5).</summary>
    Restoration = 6,
}
