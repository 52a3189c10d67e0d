using NodaTime;

namespace Isms.Certification.Lifecycle;

/// <summary>
/// One transition in a record's history: when, what trigger, from and to which state, by whom, with what note and
/// payload. Replaying the events of a history rebuilds the record (<see cref="CertificationLifecycle.Replay(Applications.CertificationApplication, NodaTime.Instant, System.Collections.Generic.IEnumerable{CertificationEvent})"/>).
/// </summary>
/// <param name="At">The instant the transition was recorded.</param>
/// <param name="On">The day the rules were evaluated on: the payload's effective date, or the day a time-driven deadline passed.</param>
/// <param name="Trigger">The trigger.</param>
/// <param name="From">The state before.</param>
/// <param name="To">The state after (equal to <paramref name="From"/> for an internal transition).</param>
/// <param name="Actor">Who fired it: a person, or <see cref="Actor.Clock"/> for (and only for) time-driven transitions.</param>
/// <param name="Note">A note, or null.</param>
/// <param name="Payload">The trigger's payload, or null for a time-driven trigger.</param>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record CertificationEvent(
    Instant At,
    LocalDate On,
    CertificationTrigger Trigger,
    CertificationState From,
    CertificationState To,
    Actor Actor,
    string? Note,
    TriggerPayload? Payload);
