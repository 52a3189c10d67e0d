using NodaTime;

namespace Isms.Certification.Lifecycle;

/// <summary>
/// The rules fixed by ISO/IEC 17021-1, ISO/IEC 27006-1 and the IAF mandatory documents. They are not options: a
/// certification body's own choices live in <see cref="CertificationBodyPolicy"/>.
/// </summary>
/// <threadsafety>This type is stateless; its members are safe to use from any thread.</threadsafety>
public static class CertificationRules
{
    /// <summary>The certification cycle: three years from the certification decision (ISO/IEC 17021-1 clause 9.1.3.2).</summary>
    public static Period CycleLength { get; } = Period.FromYears(3);

    /// <summary>
    /// The first surveillance audit following initial certification is held no more than 12 months after the
    /// certification decision (ISO/IEC 17021-1:2015 clause 9.1.3; the 2011 edition counted from the last Stage 2 day).
    /// With it, the same clause's rule: surveillance audits at least once a calendar year, except in recertification
    /// years, so the next surveillance is due by 31 December of the year after the last audit. A certification body's
    /// <see cref="CertificationBodyPolicy.SurveillanceTiming"/> may bring the due date forward, never later.
    /// </summary>
    public static Period FirstSurveillanceLimit { get; } = Period.FromMonths(12);

    /// <summary>Majors of an initial audit not verified within 6 months of the last Stage 2 day require another Stage 2 (ISO/IEC 17021-1 clause 9.5.3.2 / 27006-1).</summary>
    public static Period MajorVerificationLimit { get; } = Period.FromMonths(6);

    /// <summary>After expiry, certification may be restored within 6 months if the outstanding recertification work is completed (ISO/IEC 17021-1 clause 9.6.3.2.5).</summary>
    public static Period RestorationWindow { get; } = Period.FromMonths(6);

    /// <summary>The last day an initial or recertification audit against ISO/IEC 27001:2013 may be held: 30 April 2024 (IAF MD 26).</summary>
    public static LocalDate Edition2013LastAuditDay { get; } = new(2024, 4, 30);

    /// <summary>The last day a 2013-edition certificate is valid: 31 October 2025 (IAF MD 26).</summary>
    public static LocalDate Edition2013LastValidDay { get; } = new(2025, 10, 31);
}
