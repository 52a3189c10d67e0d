using Stateless;

namespace Isms.Certification.Lifecycle;

/// <summary>
/// A time-driven trigger: fired by <see cref="CertificationLifecycle.Advance(CertificationRecord, NodaTime.Instant)"/>
/// the day after a deadline passes, recorded with <see cref="Actor.Clock"/>, carrying no payload. A person cannot fire
/// it: <see cref="CertificationLifecycle"/> has no method that takes one with a person as the actor. The instances are
/// the members of <see cref="CertificationTriggers"/>.
/// </summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class ClockTrigger : LifecycleTrigger
{
    private readonly Effect? _effect;

    internal ClockTrigger(CertificationTrigger trigger, Effect? effect = null)
        : base(trigger) => _effect = effect;

    /// <summary>The effect of the trigger on the record being built.</summary>
    internal delegate void Effect(ref RecordChanges changes);

    /// <inheritdoc/>
    public override bool IsTimeDriven => true;

    /// <summary>Null: a time-driven trigger carries no payload.</summary>
    public override Type? PayloadType => null;

    internal override bool Accepts(TriggerPayload? payload) => payload is null;

    internal override void Check(CertificationRecord record, TriggerPayload? payload)
    {
    }

    internal override void Apply(ref RecordChanges changes, TriggerPayload? payload) => _effect?.Invoke(ref changes);

    internal override StateMachine<CertificationState, CertificationTrigger>.TriggerWithParameters? Parameterise(StateMachine<CertificationState, CertificationTrigger> machine) => null;
}
