using Isms.Certification.Applications;
using Isms.Certification.Lifecycle;
using NodaTime;

namespace Isms.Samples.GrcHost.SampleData;

/// <summary>Drives a certification record through the lifecycle on explicit dates (as a CB's system records them).</summary>
internal static class CbRecords
{
    public const string Actor = "cb-system";

    public static CertificationRecord Open(CertificationApplication application, LocalDate on) =>
        CertificationRecord.Open(application, At(on));

    public static CertificationRecord Fire(CertificationLifecycle lifecycle, CertificationRecord record, CertificationTrigger trigger, TriggerPayload payload, LocalDate on) =>
        lifecycle.Fire(record, trigger, payload, Actor, null, At(on).Plus(Duration.FromHours(17)));

    private static Instant At(LocalDate on) => on.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
}
