using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Lifecycle;
using Isms.Core;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Marten.Tests.Support;

/// <summary>Certification records at known points of their cycle, built by the real lifecycle.</summary>
internal static class Records
{
    public static readonly Instant Opened = Instant.FromUtc(2026, 1, 5, 9, 0);

    public static readonly PersonId Grace = new("grace");

    public static CertificationLifecycle Lifecycle { get; } = new(new FakeClock(Opened), CertificationBodyPolicy.Default);

    public static CertificationRecord Open() => CertificationRecord.Open(
        new CertificationApplication(
            "Acme Ltd", "Software", 40, [new ApplicationSite("Head office", ["Development"], isCentralFunction: true)],
            "The ISMS of Acme's software development", StandardEdition.Edition2022),
        Opened);

    public static CertificationRecord Accepted() =>
        Lifecycle.Fire(Open(), CertificationTriggers.AcceptApplication, new ApplicationReview(new LocalDate(2026, 1, 6), Grace), Grace, null, Instant.FromUtc(2026, 1, 6, 9, 0));

    public static CertificationRecord Planned(CertificationRecord accepted, string? note = null) => Lifecycle.Fire(accepted, CertificationTriggers.PlanAudit,
        new AuditPlan(AuditKind.Stage1, new LocalDate(2026, 2, 2), new LocalDate(2026, 2, 3), [new AuditTeamMember(Grace, AuditRole.LeadAuditor)], [4, 5, 6, 7], [], ["Head office"], ["Development"], 2m),
        Grace, note, Instant.FromUtc(2026, 1, 7, 9, 0));

    /// <summary>Stage 1 completed (ready) on 2026-02-03: the Stage 2 window starts, and the clock closes it if nobody acts.</summary>
    public static CertificationRecord Stage1Done(CertificationRecord planned) => Lifecycle.Fire(planned, CertificationTriggers.CompleteStage1,
        new Stage1Report(new LocalDate(2026, 2, 2), new LocalDate(2026, 2, 3), Grace, Stage1Outcome.Ready), Grace, null, Instant.FromUtc(2026, 2, 4, 9, 0));
}
