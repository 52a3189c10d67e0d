using Stateless;

namespace Isms.Certification.Lifecycle;

/// <summary>
/// One trigger of the certification lifecycle, described once: which <see cref="CertificationTrigger"/> it is, who
/// fires it (a person with a payload: <see cref="PersonTrigger{TPayload}"/>; the clock: <see cref="ClockTrigger"/>),
/// the payload type, and, inside the library, the payload's checks against the record and the trigger's effect on it.
/// Every descriptor is a member of <see cref="CertificationTriggers"/>; the lifecycle's state machine, its graph,
/// <see cref="CertificationLifecycle.NextSteps(CertificationRecord, NodaTime.Instant)"/> and replay all read these.
/// </summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public abstract class LifecycleTrigger
{
    private protected LifecycleTrigger(CertificationTrigger trigger) => Trigger = trigger;

    /// <summary>The trigger as data: the value recorded in a record's history and written in documents.</summary>
    public CertificationTrigger Trigger { get; }

    /// <summary>True when the passing of time fires the trigger (<see cref="ClockTrigger"/>), not a person.</summary>
    public abstract bool IsTimeDriven { get; }

    /// <summary>The payload type a person gives when firing the trigger, or null for a time-driven trigger.</summary>
    public abstract Type? PayloadType { get; }

    /// <summary>True when the payload takes effect on the day the event is recorded rather than on its own date
    /// (an audit plan is recorded before the audit it plans).</summary>
    internal virtual bool EffectiveOnRecordingDay => false;

    /// <summary>The name of the trigger.</summary>
    public override string ToString() => Trigger.ToString();

    /// <summary>True when <paramref name="payload"/> is of the type the trigger carries (null for a time-driven trigger).</summary>
    internal abstract bool Accepts(TriggerPayload? payload);

    /// <summary>Checks the payload against the record, before any state changes (<c>ISMS-CERT-008</c>, <c>ISMS-CERT-003</c>).</summary>
    internal abstract void Check(CertificationRecord record, TriggerPayload? payload);

    /// <summary>Applies the trigger's effect to the record being built.</summary>
    internal abstract void Apply(ref RecordChanges changes, TriggerPayload? payload);

    /// <summary>Registers the trigger's payload type with a Stateless machine; null for a trigger without payload.</summary>
    internal abstract StateMachine<CertificationState, CertificationTrigger>.TriggerWithParameters? Parameterise(StateMachine<CertificationState, CertificationTrigger> machine);
}
