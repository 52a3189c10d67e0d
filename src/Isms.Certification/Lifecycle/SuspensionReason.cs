namespace Isms.Certification.Lifecycle;

/// <summary>Why a certificate is suspended (ISO/IEC 17021-1:2015 clause 9.6.5.2).</summary>
public enum SuspensionReason
{
    /// <summary>The ISMS has persistently or seriously failed to meet the requirements.</summary>
    SeriousFailure = 0,

    /// <summary>The client refused a surveillance or recertification audit at the required frequency.</summary>
    AuditRefused = 1,

    /// <summary>A surveillance audit was not held by its due date (time-driven).</summary>
    SurveillanceMissed = 2,

    /// <summary>Major nonconformities were not closed within the certification body's time limit (time-driven).</summary>
    MajorsNotClosed = 3,

    /// <summary>The client asked for a voluntary suspension.</summary>
    ClientRequest = 4,
}
