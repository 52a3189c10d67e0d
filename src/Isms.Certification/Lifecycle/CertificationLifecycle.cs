using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Certification.Applications;
using Isms.Certification.Deadlines;
using Isms.Core;
using NodaTime;
using Stateless.Graph;

namespace Isms.Certification.Lifecycle;

/// <summary>
/// The certification lifecycle engine: fires triggers on <see cref="CertificationRecord"/>s, applies the time-driven
/// transitions when deadlines pass, says what can happen next and why not, evaluates deadlines, replays histories and
/// draws the state graph. Built on a Stateless state machine configured once per engine and bound to a record for each
/// call (external state storage: the record owns its state).
/// </summary>
/// <remarks>
/// <para>ISO/IEC 17021-1:2015 clause 9 and ISO/IEC 27006-1 clause 9; IAF MD 1, MD 2, MD 26. Standard rules are in
/// <see cref="CertificationRules"/>, the certification body's choices in <see cref="CertificationBodyPolicy"/>.</para>
/// <para>Time comes only from the <see cref="IClock"/> given (or from explicit instants): nothing reads the wall clock.</para>
/// </remarks>
/// <threadsafety>
/// Instances are thread-safe: records are immutable and every call binds its own machine from a small pool, so one
/// engine can serve any number of threads. Calls are synchronous and never block.
/// </threadsafety>
public sealed class CertificationLifecycle
{
    private readonly LifecycleMachine?[] _spares = new LifecycleMachine?[Math.Max(2, Environment.ProcessorCount)];

    /// <summary>Creates an engine.</summary>
    /// <param name="clock">The clock that says "now" for calls without an explicit instant.</param>
    /// <param name="policy">The certification body's policy; <see cref="CertificationBodyPolicy.Default"/> when null. Validated here.</param>
    /// <exception cref="CertificationException">A policy option is out of range (<c>ISMS-CERT-006</c>, naming the option as <see cref="IsmsException.Member"/>).</exception>
    public CertificationLifecycle(IClock clock, CertificationBodyPolicy? policy = null)
    {
        Clock = Guard.Against.Null(clock);
        Policy = policy ?? CertificationBodyPolicy.Default;
        Policy.Validate();
        _spares[0] = new LifecycleMachine(Policy);
    }

    /// <summary>The clock.</summary>
    public IClock Clock { get; }

    /// <summary>The certification body's policy.</summary>
    public CertificationBodyPolicy Policy { get; }

    /// <summary>Opens a record for an application received now.</summary>
    /// <param name="application">The application.</param>
    public CertificationRecord Open(CertificationApplication application) => CertificationRecord.Open(application, Clock.GetCurrentInstant());

    /// <summary>Fires a person's trigger now; see <see cref="Fire{TPayload}(CertificationRecord, PersonTrigger{TPayload}, TPayload, PersonId, string, Instant)"/>.</summary>
    /// <typeparam name="TPayload">The payload type of the trigger.</typeparam>
    /// <param name="record">The record.</param>
    /// <param name="trigger">The trigger, a member of <see cref="CertificationTriggers"/> (e.g. <see cref="CertificationTriggers.Grant"/>).</param>
    /// <param name="payload">Its payload.</param>
    /// <param name="actor">The person who fires it.</param>
    public CertificationRecord Fire<TPayload>(CertificationRecord record, PersonTrigger<TPayload> trigger, TPayload payload, PersonId actor)
        where TPayload : TriggerPayload =>
        Fire(record, trigger, payload, actor, null, Clock.GetCurrentInstant());

    /// <summary>
    /// Fires a person's trigger with its payload, recorded at <paramref name="at"/>. First applies every time-driven
    /// transition due up to the payload's effective date (a late surveillance report meets a suspended certificate),
    /// then the trigger, and returns the new record with the events appended to its history. The payload's type is
    /// the trigger's (<c>Fire(record, CertificationTriggers.Grant, decision, actor)</c> takes a
    /// <see cref="CertificationDecision"/>); time-driven triggers are <see cref="ClockTrigger"/>s, which only
    /// <see cref="Advance(CertificationRecord, Instant)"/> fires.
    /// </summary>
    /// <typeparam name="TPayload">The payload type of the trigger.</typeparam>
    /// <param name="record">The record; never changed.</param>
    /// <param name="trigger">The trigger, a member of <see cref="CertificationTriggers"/>.</param>
    /// <param name="payload">Its payload.</param>
    /// <param name="actor">The person who fires it (the id <c>clock</c> is reserved for the clock).</param>
    /// <param name="note">An optional note for the history.</param>
    /// <param name="at">When it is recorded; not before the record's last event, not before the payload's effective date.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="CertificationException">
    /// The trigger is not permitted (<c>ISMS-CERT-001</c>, naming the state, the trigger and the unmet guards), dates are
    /// out of order (<c>ISMS-CERT-004</c>), the payload does not fit the record (<c>ISMS-CERT-008</c>), an audit plan is
    /// invalid (<c>ISMS-CERT-003</c>) or the actor is empty or <c>clock</c> (<c>ISMS-CERT-012</c>). The record is unchanged.
    /// </exception>
    public CertificationRecord Fire<TPayload>(CertificationRecord record, PersonTrigger<TPayload> trigger, TPayload payload, PersonId actor, string? note, Instant at)
        where TPayload : TriggerPayload
    {
        Guard.Against.Null(record);
        Guard.Against.Null(trigger);
        Guard.Against.Null(payload);
        var person = Actor.Of(actor);
        var on = CheckDates(record, trigger, payload, at);
        var advanced = AdvanceTo(record, on, at);
        trigger.Check(advanced, payload);
        return FireCore(advanced, trigger, payload, person, note, at, on);
    }

    /// <summary>Applies the time-driven transitions due now; see <see cref="Advance(CertificationRecord, Instant)"/>.</summary>
    /// <param name="record">The record.</param>
    public CertificationRecord Advance(CertificationRecord record) => Advance(record, Clock.GetCurrentInstant());

    /// <summary>
    /// Applies, in date order, every time-driven transition whose deadline passed on or before <paramref name="asOf"/>:
    /// a missed surveillance suspends, an unresolved suspension past the cap withdraws, an expired certificate expires,
    /// initial majors unverified 6 months after Stage 2 require a new Stage 2, a 2013 certificate after 31 October 2025
    /// is withdrawn. Each is recorded with actor <see cref="Actor.Clock"/>, dated the day after the deadline.
    /// </summary>
    /// <param name="record">The record; never changed.</param>
    /// <param name="asOf">The instant to evaluate at; earlier than the last event leaves the record as is.</param>
    /// <returns>The advanced record (the same instance when nothing was due).</returns>
    public CertificationRecord Advance(CertificationRecord record, Instant asOf)
    {
        Guard.Against.Null(record);
        return asOf < record.LastEventAt ? record : AdvanceTo(record, DateOf(asOf), asOf);
    }

    /// <summary>What can happen next now; see <see cref="NextSteps(CertificationRecord, Instant)"/>.</summary>
    /// <param name="record">The record.</param>
    public ImmutableArray<TriggerAvailability> NextSteps(CertificationRecord record) => NextSteps(record, Clock.GetCurrentInstant());

    /// <summary>
    /// Every trigger with whether it is permitted on <paramref name="record"/> as of <paramref name="asOf"/> and, if not,
    /// the descriptions of the unmet guards, so users see why they are blocked. Guards that depend on a payload are
    /// assumed met (they are checked when the trigger fires).
    /// </summary>
    /// <param name="record">The record, as it is (call <see cref="Advance(CertificationRecord, Instant)"/> first to apply passed deadlines).</param>
    /// <param name="asOf">The instant to evaluate at.</param>
    public ImmutableArray<TriggerAvailability> NextSteps(CertificationRecord record, Instant asOf)
    {
        Guard.Against.Null(record);
        var machine = Rent();
        try
        {
            machine.Bind(record, DateOf(asOf), null);
            var result = ImmutableArray.CreateBuilder<TriggerAvailability>(CertificationTriggers.All.Length);
            foreach (var trigger in CertificationTriggers.All)
            {
                var permitted = machine.CanFire(trigger.Trigger, out var unmet);
                result.Add(new TriggerAvailability(trigger.Trigger, permitted, permitted || unmet is null ? [] : [.. unmet], trigger.IsTimeDriven));
            }

            return result.MoveToImmutable();
        }
        finally
        {
            Return(machine);
        }
    }

    /// <summary>The record's deadlines now; see <see cref="Deadlines(CertificationRecord, Instant)"/>.</summary>
    /// <param name="record">The record.</param>
    public ImmutableArray<Deadline> Deadlines(CertificationRecord record) => Deadlines(record, Clock.GetCurrentInstant());

    /// <summary>
    /// The record's deadlines as of <paramref name="asOf"/>, each upcoming, due or overdue, with its source (standard or
    /// CB policy) and the time-driven trigger that follows when it is missed. Computed from the record's fields without
    /// the state machine.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="asOf">The instant to evaluate at.</param>
    public ImmutableArray<Deadline> Deadlines(CertificationRecord record, Instant asOf)
    {
        Guard.Against.Null(record);
        var storage = default(DeadlineBuffer);
        Span<Deadline> buffer = storage;
        var count = DeadlineCalculator.Compute(record, Policy, DateOf(asOf), buffer);
        return count == 0 ? [] : [.. buffer[..count]];
    }

    /// <summary>
    /// Counts, over many records, the deadlines that are overdue and due as of <paramref name="asOf"/> without
    /// allocating per record: the portfolio view of a certification body.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="asOf">The instant to evaluate at.</param>
    public DeadlineSummary Summarize(IEnumerable<CertificationRecord> records, Instant asOf)
    {
        Guard.Against.Null(records);
        var today = DateOf(asOf);
        var storage = default(DeadlineBuffer);
        Span<Deadline> buffer = storage;
        int total = 0, due = 0, overdue = 0, recordsOverdue = 0;
        foreach (var record in records)
        {
            var count = DeadlineCalculator.Compute(record, Policy, today, buffer);
            var anyOverdue = false;
            for (var i = 0; i < count; i++)
            {
                total++;
                switch (buffer[i].Status)
                {
                    case DeadlineStatus.Due:
                        due++;
                        break;
                    case DeadlineStatus.Overdue:
                        overdue++;
                        anyOverdue = true;
                        break;
                }
            }

            if (anyOverdue)
            {
                recordsOverdue++;
            }
        }

        return new DeadlineSummary(total, due, overdue, recordsOverdue);
    }

    /// <summary>
    /// Rebuilds a record from its application and history by replaying every event (see
    /// <see cref="Replay(CertificationRecord, CertificationEvent)"/>: payloads, actors, notes and instants as recorded).
    /// The result equals the original record.
    /// </summary>
    /// <param name="application">The application the record started from.</param>
    /// <param name="openedAt">When it was received (<see cref="CertificationRecord.OpenedAt"/>).</param>
    /// <param name="history">The events, in order.</param>
    /// <exception cref="CertificationException">An event does not replay; <see cref="CertificationException.EventIndex"/> says which
    /// (see <see cref="Replay(CertificationRecord, CertificationEvent)"/>).</exception>
    public CertificationRecord Replay(CertificationApplication application, Instant openedAt, IEnumerable<CertificationEvent> history)
    {
        Guard.Against.Null(history);
        var record = CertificationRecord.Open(application, openedAt);
        foreach (var e in history)
        {
            record = Replay(record, e);
        }

        return record;
    }

    /// <summary>
    /// Replays one recorded event on <paramref name="record"/> (the event at index <c>record.History.Count</c> of a history) and
    /// returns the record after it: the untyped path, for histories whose triggers are data. The event goes through the
    /// same trigger descriptors as <see cref="Fire{TPayload}(CertificationRecord, PersonTrigger{TPayload}, TPayload, PersonId, string, Instant)"/>
    /// and is checked as strictly as when it was first recorded, so a history can never rebuild a record the engine would
    /// not have produced: it must start from the record's state; its instant and day may not go back in time; a person's
    /// trigger is recorded by a person and needs its payload (of the trigger's type, valid for the record, effective on the
    /// event's day, not after the day it was recorded) and no deadline may have passed unrecorded before it; a time-driven
    /// trigger carries no payload, is recorded by <see cref="Actor.Clock"/>, and must be the transition
    /// <see cref="Advance(CertificationRecord, Instant)"/> would have applied next, on the day and at the instant it would have;
    /// finally the replayed event must reach the recorded state and equal the recorded event.
    /// </summary>
    /// <param name="record">The record before the event; never changed.</param>
    /// <param name="recorded">The recorded event.</param>
    /// <returns>The record after the event (its history ends with an event equal to <paramref name="recorded"/>).</returns>
    /// <exception cref="CertificationException">
    /// The event does not fit (<c>ISMS-CERT-009</c>), is not permitted (<c>ISMS-CERT-001</c>), goes back in time
    /// (<c>ISMS-CERT-004</c>), carries an invalid payload (<c>ISMS-CERT-008</c>, <c>ISMS-CERT-003</c>) or the wrong kind of
    /// actor (<c>ISMS-CERT-012</c>). <see cref="CertificationException.EventIndex"/> is the event's index; the error the event
    /// raised is the inner exception, and its errors are the exception's.
    /// </exception>
    public CertificationRecord Replay(CertificationRecord record, CertificationEvent recorded)
    {
        Guard.Against.Null(record);
        Guard.Against.Null(recorded);
        var index = record.History.Count;
        try
        {
            return ReplayCore(record, recorded);
        }
        catch (CertificationException ex) when (ex.EventIndex is null)
        {
            throw CertificationException.AtEvent(ex, index, recorded.Trigger);
        }
    }

    private CertificationRecord ReplayCore(CertificationRecord record, CertificationEvent e)
    {
        static CertificationException Mismatch(string? member, string? value, string message) =>
            Require.Fail(CertificationErrorCodes.ReplayMismatch, nameof(CertificationEvent), member, value, message);

        if (!Enum.IsDefined(e.Trigger))
        {
            throw Mismatch(nameof(CertificationEvent.Trigger), e.Trigger.ToString(), $"The event's trigger {e.Trigger} is not a trigger of the lifecycle.");
        }

        if (record.State != e.From)
        {
            throw Mismatch(nameof(CertificationEvent.From), e.From.ToString(), $"The event starts from {e.From}, but the record is in {record.State}.");
        }

        var trigger = CertificationTriggers.Of(e.Trigger);
        CertificationRecord next;
        if (trigger.IsTimeDriven)
        {
            if (e.Payload is not null)
            {
                throw Require.Fail(
                    CertificationErrorCodes.InvalidPayload,
                    nameof(CertificationEvent),
                    nameof(CertificationEvent.Payload),
                    e.Payload.GetType().Name,
                    $"Trigger {e.Trigger} is time-driven and carries no payload, was given a {e.Payload.GetType().Name}.");
            }

            if (e.Actor is not { IsClock: true })
            {
                throw Require.Fail(
                    CertificationErrorCodes.InvalidActor,
                    nameof(CertificationEvent),
                    nameof(CertificationEvent.Actor),
                    e.Actor?.ToString(),
                    $"Trigger {e.Trigger} is time-driven: its actor is the clock, was '{e.Actor}'.");
            }

            if (e.At < record.LastEventAt || (record.LastEventDate is { } last && e.On < last))
            {
                throw Require.Fail(
                    CertificationErrorCodes.DatesOutOfOrder,
                    nameof(CertificationEvent),
                    e.At < record.LastEventAt ? nameof(CertificationEvent.At) : nameof(CertificationEvent.On),
                    e.At < record.LastEventAt ? e.At.ToString() : Require.Day(e.On),
                    $"Trigger {e.Trigger}: recorded on {Require.Day(e.On)} at {e.At}, before the record's last event ({record.LastEventDate:uuuu-MM-dd} at {record.LastEventAt}).");
            }

            if (!TryNextDue(record, e.On, out var due, out var day) || due != e.Trigger || day != e.On)
            {
                throw Mismatch(nameof(CertificationEvent.On), Require.Day(e.On), due is null || day > e.On
                    ? $"On {Require.Day(e.On)} no deadline had passed that fires {e.Trigger}."
                    : $"On {Require.Day(e.On)} the deadline that had passed first fires {due} on {Require.Day(day)}, not {e.Trigger}.");
            }

            var at = TimeDrivenInstant(record, day);
            if (e.At != at)
            {
                throw Mismatch(nameof(CertificationEvent.At), e.At.ToString(), $"The event is recorded at {e.At}; the clock records {e.Trigger} at {at}.");
            }

            next = FireCore(record, trigger, null, Actor.Clock, null, at, day);
        }
        else
        {
            if (e.Actor is not { IsClock: false })
            {
                throw Require.Fail(
                    CertificationErrorCodes.InvalidActor,
                    nameof(CertificationEvent),
                    nameof(CertificationEvent.Actor),
                    e.Actor?.ToString(),
                    $"Trigger {e.Trigger} is fired by a person, not by the clock: only time-driven triggers are the clock's.");
            }

            if (e.Payload is null || !trigger.Accepts(e.Payload))
            {
                throw Require.Fail(
                    CertificationErrorCodes.InvalidPayload,
                    nameof(CertificationEvent),
                    nameof(CertificationEvent.Payload),
                    e.Payload?.GetType().Name,
                    $"Trigger {e.Trigger} carries a {trigger.PayloadType!.Name}, was given {(e.Payload is null ? "none" : "a " + e.Payload.GetType().Name)}.");
            }

            var on = CheckDates(record, trigger, e.Payload, e.At);
            if (on != e.On)
            {
                throw Mismatch(nameof(CertificationEvent.On), Require.Day(e.On), $"The event is dated {Require.Day(e.On)}; its payload takes effect on {Require.Day(on)}.");
            }

            if (TryNextDue(record, on, out var missed, out var day))
            {
                throw Mismatch(null, null, $"On {Require.Day(on)} a deadline had passed before the event and fires {missed} on {Require.Day(day)}, but the history has no such event.");
            }

            trigger.Check(record, e.Payload);
            next = FireCore(record, trigger, e.Payload, e.Actor, e.Note, e.At, on);
        }

        if (next.State != e.To)
        {
            throw Mismatch(nameof(CertificationEvent.To), e.To.ToString(), $"The event records {e.To}; replaying it reaches {next.State}.");
        }

        if (!next.History[^1].Equals(e))
        {
            throw Mismatch(nameof(CertificationEvent.Note), e.Note, "The event differs from the one the engine records for it (a note on a time-driven event).");
        }

        return next;
    }

    /// <summary>The state graph as a Mermaid <c>stateDiagram-v2</c>, guard descriptions on the edges.</summary>
    public string ToMermaid() => MermaidGraph.Format(new LifecycleMachine(Policy).Info);

    /// <summary>The state graph as a Graphviz DOT <c>digraph</c>.</summary>
    public string ToDot() => UmlDotGraph.Format(new LifecycleMachine(Policy).Info);

    private LocalDate DateOf(Instant instant) => instant.InZone(Policy.TimeZone).Date;

    private CertificationRecord AdvanceTo(CertificationRecord record, LocalDate asOf, Instant limit)
    {
        for (var step = 0; step < 16; step++)
        {
            if (!TryNextDue(record, asOf, out var next, out var nextDay))
            {
                return record;
            }

            var at = TimeDrivenInstant(record, nextDay);
            if (at > limit)
            {
                at = limit;
            }

            record = FireCore(record, CertificationTriggers.Of(next.Value), null, Actor.Clock, null, at, nextDay);
        }

        return record;
    }

    /// <summary>The first time-driven transition due on or before <paramref name="asOf"/>, and its day (the day after the deadline).</summary>
    private bool TryNextDue(CertificationRecord record, LocalDate asOf, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CertificationTrigger? next, out LocalDate nextDay)
    {
        var storage = default(DeadlineBuffer);
        Span<Deadline> buffer = storage;
        var count = DeadlineCalculator.Compute(record, Policy, asOf, buffer);
        next = null;
        nextDay = default;
        for (var i = 0; i < count; i++)
        {
            if (buffer[i].Consequence is not { } trigger)
            {
                continue;
            }

            var day = buffer[i].DueDate.PlusDays(1);
            if (day > asOf || (record.LastEventDate is { } last && day < last))
            {
                day = record.LastEventDate is { } l && day < l ? l : day;
                if (day > asOf)
                {
                    continue;
                }
            }

            if (next is null || day < nextDay || (day == nextDay && CertificationTriggers.Priority(trigger) < CertificationTriggers.Priority(next.Value)))
            {
                next = trigger;
                nextDay = day;
            }
        }

        return next is not null;
    }

    /// <summary>The instant a time-driven transition on <paramref name="day"/> is recorded at: the day's start, never before the last event.</summary>
    private Instant TimeDrivenInstant(CertificationRecord record, LocalDate day)
    {
        var start = day.AtStartOfDayInZone(Policy.TimeZone).ToInstant();
        return start < record.LastEventAt ? record.LastEventAt : start;
    }

    /// <summary>The date checks of a person's trigger before any state changes; returns the day the rules are evaluated on.</summary>
    private LocalDate CheckDates(CertificationRecord record, LifecycleTrigger trigger, TriggerPayload payload, Instant at)
    {
        var recordedOn = DateOf(at);
        var on = trigger.EffectiveOnRecordingDay ? recordedOn : payload.EffectiveDate;
        if (at < record.LastEventAt)
        {
            throw Require.Fail(
                CertificationErrorCodes.DatesOutOfOrder,
                nameof(CertificationEvent),
                nameof(CertificationEvent.At),
                at.ToString(),
                $"Trigger {trigger}: recorded at {at}, before the record's last event at {record.LastEventAt}.");
        }

        var payloadKind = payload.GetType().Name;
        if (on > recordedOn)
        {
            throw Require.Fail(
                CertificationErrorCodes.DatesOutOfOrder,
                payloadKind,
                nameof(TriggerPayload.EffectiveDate),
                Require.Day(on),
                $"Trigger {trigger}: {payloadKind}.EffectiveDate {Require.Day(on)} is after the day it is recorded ({Require.Day(recordedOn)}).");
        }

        if (record.LastEventDate is { } last && on < last)
        {
            throw Require.Fail(
                CertificationErrorCodes.DatesOutOfOrder,
                payloadKind,
                nameof(TriggerPayload.EffectiveDate),
                Require.Day(on),
                $"Trigger {trigger}: {payloadKind}.EffectiveDate {Require.Day(on)} is before the record's last event ({Require.Day(last)}).");
        }

        return on;
    }

    /// <summary>Fires <paramref name="trigger"/> on the machine bound to <paramref name="record"/> and applies its effect.</summary>
    private CertificationRecord FireCore(CertificationRecord record, LifecycleTrigger trigger, TriggerPayload? payload, Actor actor, string? note, Instant at, LocalDate on)
    {
        var machine = Rent();
        CertificationState to;
        try
        {
            machine.Bind(record, on, payload);
            machine.Fire(trigger.Trigger, payload);
            to = machine.Current;
        }
        finally
        {
            Return(machine);
        }

        // One copy of the record per transition: the effect gathers the changes, then a single 'with'.
        var changes = new RecordChanges(record, Policy, on);
        trigger.Apply(ref changes, payload);
        return changes.Build(to, new CertificationEvent(at, on, trigger.Trigger, record.State, to, actor, note, payload));
    }

    private LifecycleMachine Rent()
    {
        for (var i = 0; i < _spares.Length; i++)
        {
            if (Interlocked.Exchange(ref _spares[i], null) is { } machine)
            {
                return machine;
            }
        }

        return new LifecycleMachine(Policy);
    }

    private void Return(LifecycleMachine machine)
    {
        machine.Unbind();
        for (var i = 0; i < _spares.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _spares[i], machine, null) is null)
            {
                return;
            }
        }
    }
}
