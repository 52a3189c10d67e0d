namespace Isms.Certification.Lifecycle;

/// <summary>Why a certificate is withdrawn (ISO/IEC 17021-1:2015 clause 9.6.5.3).</summary>
public enum WithdrawalReason
{
    /// <summary>The cause of a suspension was not resolved within the certification body's cap (time-driven).</summary>
    SuspensionUnresolved = 0,

    /// <summary>The client asked to end the certification.</summary>
    ClientRequest = 1,

    /// <summary>The certificate was issued against the 2013 edition and not transitioned by 31 October 2025 (IAF MD 26, time-driven).</summary>
    EditionWithdrawn = 2,

    /// <summary>Misuse of the certificate or mark, or another serious breach of the certification agreement.</summary>
    Misuse = 3,

    /// <summary>Another reason, stated in the notice.</summary>
    Other = 4,
}
