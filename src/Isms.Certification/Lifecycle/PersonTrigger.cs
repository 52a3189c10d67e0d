using Stateless;

namespace Isms.Certification.Lifecycle;

/// <summary>
/// A trigger a person fires with a payload of type <typeparamref name="TPayload"/>: the compiler checks the payload
/// type (<c>lifecycle.Fire(record, CertificationTriggers.Grant, decision, actor)</c> takes a
/// <see cref="CertificationDecision"/> and nothing else), in the spirit of Stateless's <c>TriggerWithParameters&lt;TArg&gt;</c>.
/// The instances are the members of <see cref="CertificationTriggers"/>.
/// </summary>
/// <typeparam name="TPayload">The payload type.</typeparam>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class PersonTrigger<TPayload> : LifecycleTrigger
    where TPayload : TriggerPayload
{
    private readonly Action<CertificationRecord, TPayload>? _check;
    private readonly Effect? _effect;
    private readonly bool _effectiveOnRecordingDay;

    internal PersonTrigger(CertificationTrigger trigger, Action<CertificationRecord, TPayload>? check = null, Effect? effect = null, bool effectiveOnRecordingDay = false)
        : base(trigger)
    {
        _check = check;
        _effect = effect;
        _effectiveOnRecordingDay = effectiveOnRecordingDay;
    }

    /// <summary>The effect of the trigger on the record being built.</summary>
    internal delegate void Effect(ref RecordChanges changes, TPayload payload);

    /// <inheritdoc/>
    public override bool IsTimeDriven => false;

    /// <summary>The payload type: <typeparamref name="TPayload"/>.</summary>
    public override Type PayloadType => typeof(TPayload);

    internal override bool EffectiveOnRecordingDay => _effectiveOnRecordingDay;

    internal override bool Accepts(TriggerPayload? payload) => payload is TPayload;

    internal override void Check(CertificationRecord record, TriggerPayload? payload) => _check?.Invoke(record, (TPayload)payload!);

    internal override void Apply(ref RecordChanges changes, TriggerPayload? payload) => _effect?.Invoke(ref changes, (TPayload)payload!);

    internal override StateMachine<CertificationState, CertificationTrigger>.TriggerWithParameters Parameterise(StateMachine<CertificationState, CertificationTrigger> machine) =>
        machine.SetTriggerParameters<TPayload>(Trigger);
}
