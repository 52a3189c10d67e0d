namespace Isms.Certification.Deadlines;

/// <summary>The deadlines a certification record can have.</summary>
public enum DeadlineKind
{
    /// <summary>Stage 2 must end within the CB's maximum interval after Stage 1 (CB policy); else Stage 1 is repeated.</summary>
    Stage2Window = 0,

    /// <summary>Initial-audit majors verified within 6 months of the last Stage 2 day (standard); else another Stage 2.</summary>
    InitialMajorsVerification = 1,

    /// <summary>Open majors closed within the CB's days (CB policy); after surveillance or special audits, else suspension.</summary>
    MajorsClosure = 2,

    /// <summary>The next surveillance audit (standard: first within 12 months of the decision, once per calendar year; timing CB policy); else suspension.</summary>
    Surveillance = 3,

    /// <summary>The recertification audit held early enough for a decision before expiry (lead time CB policy).</summary>
    RecertificationAudit = 4,

    /// <summary>The recertification decision before the expiry date (standard); else the certificate expires.</summary>
    Expiry = 5,

    /// <summary>A suspension resolved within the CB's cap (CB policy); else withdrawal.</summary>
    SuspensionCap = 6,

    /// <summary>Restoration within 6 months of expiry (standard); else at least a new Stage 2.</summary>
    RestorationWindow = 7,

    /// <summary>A 2013-edition certificate transitioned by 31 October 2025 (IAF MD 26); else withdrawal.</summary>
    EditionTransition = 8,
}
