using Isms.Certification.Applications;
using Isms.Certification.Lifecycle;
using Isms.Core;
using NodaTime;

namespace Isms.Samples.GrcHost.SampleData;

/// <summary>Drives a certification record through the lifecycle on explicit dates (as a CB's system records them).</summary>
internal static class CbRecords
{
    /// <summary>The CB's certification coordinator, who records every event.</summary>
    public static PersonId Coordinator { get; } = new("cb.coordinator");

    public static CertificationRecord Open(CertificationApplication application, LocalDate on) =>
        CertificationRecord.Open(application, At(on));

    public static CertificationRecord Fire<TPayload>(CertificationLifecycle lifecycle, CertificationRecord record, PersonTrigger<TPayload> trigger, TPayload payload, LocalDate on)
        where TPayload : TriggerPayload =>
        lifecycle.Fire(record, trigger, payload, Coordinator, null, At(on).Plus(Duration.FromHours(17)));

    private static Instant At(LocalDate on) => on.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
}
