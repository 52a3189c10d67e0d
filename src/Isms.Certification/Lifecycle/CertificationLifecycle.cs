using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Certificates;
using Isms.Certification.Deadlines;
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
    /// <summary>The actor recorded for time-driven transitions.</summary>
    public const string ClockActor = "clock";

    private readonly LifecycleMachine?[] _spares = new LifecycleMachine?[Math.Max(2, Environment.ProcessorCount)];

    /// <summary>Creates an engine.</summary>
    /// <param name="clock">The clock that says "now" for calls without an explicit instant.</param>
    /// <param name="policy">The certification body's policy; <see cref="CertificationBodyPolicy.Default"/> when null. Validated here.</param>
    /// <exception cref="CertificationException">A policy option is out of range (<c>ISMS-CERT-006</c>).</exception>
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

    /// <summary>Fires <paramref name="trigger"/> now; see <see cref="Fire(CertificationRecord, CertificationTrigger, TriggerPayload, string, string, Instant)"/>.</summary>
    /// <param name="record">The record.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="payload">Its payload.</param>
    /// <param name="actor">Who fires it.</param>
    public CertificationRecord Fire(CertificationRecord record, CertificationTrigger trigger, TriggerPayload payload, string actor) =>
        Fire(record, trigger, payload, actor, null, Clock.GetCurrentInstant());

    /// <summary>
    /// Fires <paramref name="trigger"/> with its payload, recorded at <paramref name="at"/>. First applies every
    /// time-driven transition due up to the payload's effective date (a late surveillance report meets a suspended
    /// certificate), then the trigger, and returns the new record with the events appended to its history.
    /// </summary>
    /// <param name="record">The record; never changed.</param>
    /// <param name="trigger">The trigger (not a time-driven one; those are fired by <see cref="Advance(CertificationRecord, Instant)"/>).</param>
    /// <param name="payload">Its payload, of the type <see cref="CertificationTriggers.PayloadType"/> names.</param>
    /// <param name="actor">Who fires it.</param>
    /// <param name="note">An optional note for the history.</param>
    /// <param name="at">When it is recorded; not before the record's last event, not before the payload's effective date.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="CertificationException">
    /// The trigger is not permitted (<c>ISMS-CERT-001</c>, naming the state, the trigger and the unmet guards), dates are
    /// out of order (<c>ISMS-CERT-004</c>), the payload does not fit (<c>ISMS-CERT-008</c>) or an audit plan is invalid
    /// (<c>ISMS-CERT-003</c>). The record is unchanged.
    /// </exception>
    public CertificationRecord Fire(CertificationRecord record, CertificationTrigger trigger, TriggerPayload payload, string actor, string? note, Instant at)
    {
        Guard.Against.Null(record);
        Guard.Against.Null(payload);
        Guard.Against.NullOrWhiteSpace(actor);
        Guard.Against.EnumOutOfRange(trigger);
        var on = CheckManual(record, trigger, payload, at);
        var advanced = AdvanceTo(record, on, at);
        ValidatePayload(advanced, trigger, payload);
        return FireCore(advanced, trigger, payload, actor, note, at, on);
    }

    /// <summary>Applies the time-driven transitions due now; see <see cref="Advance(CertificationRecord, Instant)"/>.</summary>
    /// <param name="record">The record.</param>
    public CertificationRecord Advance(CertificationRecord record) => Advance(record, Clock.GetCurrentInstant());

    /// <summary>
    /// Applies, in date order, every time-driven transition whose deadline passed on or before <paramref name="asOf"/>:
    /// a missed surveillance suspends, an unresolved suspension past the cap withdraws, an expired certificate expires,
    /// initial majors unverified 6 months after Stage 2 require a new Stage 2, a 2013 certificate after 31 October 2025
    /// is withdrawn. Each is recorded with actor <see cref="ClockActor"/>, dated the day after the deadline.
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
                var permitted = machine.CanFire(trigger, out var unmet);
                result.Add(new TriggerAvailability(trigger, permitted, permitted || unmet is null ? [] : [.. unmet], CertificationTriggers.IsTimeDriven(trigger)));
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
    /// <exception cref="CertificationException">An event does not replay to the state it recorded (<c>ISMS-CERT-009</c>), or is refused
    /// by a rule <see cref="Fire(CertificationRecord, CertificationTrigger, TriggerPayload, string, string, Instant)"/> enforces; the message
    /// names the event's index.</exception>
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
    /// returns the record after it. The event is checked as strictly as when it was first recorded, so a history can never
    /// rebuild a record the engine would not have produced: it must start from the record's state; its instant and day
    /// may not go back in time; a person's trigger needs its payload (of the right type, valid for the record, effective on
    /// the event's day, not after the day it was recorded) and no deadline may have passed unrecorded before it; a
    /// time-driven trigger carries no payload, is recorded by <see cref="ClockActor"/>, and must be the transition
    /// <see cref="Advance(CertificationRecord, Instant)"/> would have applied next, on the day and at the instant it would have;
    /// finally the replayed event must reach the recorded state and equal the recorded event.
    /// </summary>
    /// <param name="record">The record before the event; never changed.</param>
    /// <param name="recorded">The recorded event.</param>
    /// <returns>The record after the event (its history ends with an event equal to <paramref name="recorded"/>).</returns>
    /// <exception cref="CertificationException">
    /// The event does not fit (<c>ISMS-CERT-009</c>), is not permitted (<c>ISMS-CERT-001</c>), goes back in time
    /// (<c>ISMS-CERT-004</c>) or carries an invalid payload (<c>ISMS-CERT-008</c>, <c>ISMS-CERT-003</c>); every message starts with
    /// <c>Replay: event N (Trigger)</c>.
    /// </exception>
    public CertificationRecord Replay(CertificationRecord record, CertificationEvent recorded)
    {
        Guard.Against.Null(record);
        Guard.Against.Null(recorded);
        var index = record.History.Count;
        try
        {
            return ReplayCore(record, recorded, index);
        }
        catch (CertificationException ex) when (!ex.Message.StartsWith("Replay: ", StringComparison.Ordinal))
        {
            var prefix = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Replay: event {index} ({recorded.Trigger}): ");
            throw ex.Trigger is { } trigger
                ? new CertificationException(ex.Code, prefix + ex.Message, ex.State!.Value, trigger, ex.UnmetGuards)
                : new CertificationException(ex.Code, prefix + ex.Message);
        }
    }

    private CertificationRecord ReplayCore(CertificationRecord record, CertificationEvent e, int index)
    {
        CertificationException Mismatch(string message) =>
            new(CertificationErrorCodes.ReplayMismatch, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Replay: event {index} ({e.Trigger}) {message}"));

        if (!Enum.IsDefined(e.Trigger))
        {
            throw Mismatch("is not a trigger of the lifecycle.");
        }

        if (record.State != e.From)
        {
            throw Mismatch($"starts from {e.From}, but the record is in {record.State}.");
        }

        CertificationRecord next;
        if (CertificationTriggers.IsTimeDriven(e.Trigger))
        {
            if (e.Payload is not null)
            {
                throw new CertificationException(CertificationErrorCodes.InvalidPayload, $"Trigger {e.Trigger} is time-driven and carries no payload, was given a {e.Payload.GetType().Name}.");
            }

            if (e.At < record.LastEventAt || (record.LastEventDate is { } last && e.On < last))
            {
                throw new CertificationException(CertificationErrorCodes.DatesOutOfOrder, $"Trigger {e.Trigger}: recorded on {e.On:uuuu-MM-dd} at {e.At}, before the record's last event ({record.LastEventDate:uuuu-MM-dd} at {record.LastEventAt}).");
            }

            if (!TryNextDue(record, e.On, out var due, out var day) || due != e.Trigger || day != e.On)
            {
                throw Mismatch(due is null || day > e.On
                    ? $"on {e.On:uuuu-MM-dd}: no deadline had passed that fires it."
                    : $"on {e.On:uuuu-MM-dd}: the deadline that had passed first fires {due} on {day:uuuu-MM-dd}.");
            }

            var at = TimeDrivenInstant(record, day);
            if (e.At != at)
            {
                throw Mismatch($"is recorded at {e.At}; the clock records it at {at}.");
            }

            next = FireCore(record, e.Trigger, null, ClockActor, null, at, day);
        }
        else
        {
            if (e.Payload is null)
            {
                throw new CertificationException(CertificationErrorCodes.InvalidPayload, $"Trigger {e.Trigger} carries a {CertificationTriggers.PayloadType(e.Trigger)!.Name}, was given none.");
            }

            if (string.IsNullOrWhiteSpace(e.Actor))
            {
                throw new CertificationException(CertificationErrorCodes.InvalidPayload, $"Trigger {e.Trigger}: the actor must name who fired it.");
            }

            var on = CheckManual(record, e.Trigger, e.Payload, e.At);
            if (on != e.On)
            {
                throw Mismatch($"is dated {e.On:uuuu-MM-dd}; its payload takes effect on {on:uuuu-MM-dd}.");
            }

            if (TryNextDue(record, on, out var missed, out var day))
            {
                throw Mismatch($"on {on:uuuu-MM-dd}: a deadline passed before it and fires {missed} on {day:uuuu-MM-dd}, but the history has no such event.");
            }

            ValidatePayload(record, e.Trigger, e.Payload);
            next = FireCore(record, e.Trigger, e.Payload, e.Actor, e.Note, e.At, on);
        }

        if (next.State != e.To)
        {
            throw Mismatch($"recorded {e.To}, replay reached {next.State}.");
        }

        if (!next.History[^1].Equals(e))
        {
            throw Mismatch("differs from the event the engine records for it (actor or note of a time-driven event).");
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

            record = FireCore(record, next.Value, null, ClockActor, null, at, nextDay);
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

            if (next is null || day < nextDay || (day == nextDay && Priority(trigger) < Priority(next.Value)))
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

    /// <summary>The checks of a person's trigger before any state changes; returns the day the rules are evaluated on.</summary>
    private LocalDate CheckManual(CertificationRecord record, CertificationTrigger trigger, TriggerPayload payload, Instant at)
    {
        if (CertificationTriggers.IsTimeDriven(trigger))
        {
            throw new CertificationException(CertificationErrorCodes.InvalidPayload, $"Trigger {trigger} is time-driven: it fires through Advance when its deadline passes, not by hand.");
        }

        var expected = CertificationTriggers.PayloadType(trigger)!;
        if (!expected.IsInstanceOfType(payload))
        {
            throw new CertificationException(CertificationErrorCodes.InvalidPayload, $"Trigger {trigger} carries a {expected.Name}, was given a {payload.GetType().Name}.");
        }

        var recordedOn = DateOf(at);
        var on = trigger == CertificationTrigger.PlanAudit ? recordedOn : payload.EffectiveDate;
        if (at < record.LastEventAt)
        {
            throw new CertificationException(CertificationErrorCodes.DatesOutOfOrder, $"Trigger {trigger}: recorded at {at}, before the record's last event at {record.LastEventAt}.");
        }

        if (on > recordedOn)
        {
            throw new CertificationException(CertificationErrorCodes.DatesOutOfOrder, $"Trigger {trigger}: {payload.GetType().Name}.EffectiveDate {on:uuuu-MM-dd} is after the day it is recorded ({recordedOn:uuuu-MM-dd}).");
        }

        if (record.LastEventDate is { } last && on < last)
        {
            throw new CertificationException(CertificationErrorCodes.DatesOutOfOrder, $"Trigger {trigger}: {payload.GetType().Name}.EffectiveDate {on:uuuu-MM-dd} is before the record's last event ({last:uuuu-MM-dd}).");
        }

        return on;
    }

    private static int Priority(CertificationTrigger trigger) => CertificationTriggers.TimeDriven.IndexOf(trigger);

    private CertificationRecord FireCore(CertificationRecord record, CertificationTrigger trigger, TriggerPayload? payload, string actor, string? note, Instant at, LocalDate on)
    {
        var machine = Rent();
        CertificationState to;
        try
        {
            machine.Bind(record, on, payload);
            machine.Fire(trigger, payload);
            to = machine.Current;
        }
        finally
        {
            Return(machine);
        }

        return Apply(record, trigger, payload, to, actor, note, at, on);
    }

    private CertificationRecord Apply(CertificationRecord record, CertificationTrigger trigger, TriggerPayload? payload, CertificationState to, string actor, string? note, Instant at, LocalDate on)
    {
        // One copy of the record per transition: gather the changes, then a single 'with'.
        var e = new CertificationEvent(at, on, trigger, record.State, to, actor, note, payload);
        var certificate = record.Certificate;
        var plans = record.Plans;
        var stage1Reports = record.Stage1Reports;
        var audits = record.Audits;
        var findings = record.Findings;
        var lastStage1 = record.LastStage1Day;
        var lastStage2 = record.LastStage2Day;
        var surveillances = record.SurveillancesInCycle;
        var suspendedOn = record.SuspendedOn;
        var suspensionReason = record.SuspensionReason;

        void AddAudit(AuditReport report)
        {
            audits = audits.Add(report);
            foreach (var finding in report.Findings)
            {
                findings = findings.Add(new FindingRecord(finding, report.Kind, report.LastDay, FindingStatus.Open, null));
            }
        }

        switch (trigger)
        {
            case CertificationTrigger.PlanAudit:
                plans = plans.Add((AuditPlan)payload!);
                break;
            case CertificationTrigger.CompleteStage1:
                var stage1 = (Stage1Report)payload!;
                stage1Reports = stage1Reports.Add(stage1);
                lastStage1 = stage1.LastDay;
                break;
            case CertificationTrigger.CompleteStage2:
                var stage2 = (AuditReport)payload!;
                AddAudit(stage2);
                lastStage2 = stage2.LastDay;
                break;
            case CertificationTrigger.CompleteSurveillance:
                AddAudit((AuditReport)payload!);
                surveillances++;
                break;
            case CertificationTrigger.CompleteRecertificationAudit:
            case CertificationTrigger.CompleteRestorationAudit:
                AddAudit((AuditReport)payload!);
                break;
            case CertificationTrigger.CompleteTransitionAudit:
                var transition = (AuditReport)payload!;
                AddAudit(transition);
                certificate = certificate! with { Edition = StandardEdition.Edition2022, IssueDate = transition.LastDay > certificate.IssueDate ? transition.LastDay : certificate.IssueDate };
                break;
            case CertificationTrigger.VerifyCorrections:
                findings = Verify(findings, (CorrectionVerification)payload!);
                break;
            case CertificationTrigger.Grant:
                certificate = GrantCertificate(record, record.State, (CertificationDecision)payload!);
                surveillances = 0;
                suspendedOn = null;
                suspensionReason = null;
                break;
            case CertificationTrigger.ExtendScope:
                var extension = (ScopeChange)payload!;
                AddAudit(extension.SpecialAudit!);
                certificate = certificate! with { Scope = extension.NewScope };
                break;
            case CertificationTrigger.ReduceScope:
                certificate = certificate! with { Scope = ((ScopeChange)payload!).NewScope };
                break;
            case CertificationTrigger.Transfer:
                var transfer = (TransferRequest)payload!;
                certificate = certificate! with { CertificationBody = transfer.NewCertificationBody, Number = transfer.NewCertificateNumber };
                break;
            case CertificationTrigger.Suspend:
                var notice = (SuspensionNotice)payload!;
                suspendedOn = notice.EffectiveOn;
                suspensionReason = notice.Reason;
                break;
            case CertificationTrigger.SurveillanceMissed:
                suspendedOn = on;
                suspensionReason = Lifecycle.SuspensionReason.SurveillanceMissed;
                break;
            case CertificationTrigger.MajorsNotClosedInTime:
                suspendedOn = on;
                suspensionReason = Lifecycle.SuspensionReason.MajorsNotClosed;
                break;
            case CertificationTrigger.Reinstate:
                suspendedOn = null;
                suspensionReason = null;
                break;
            case CertificationTrigger.MajorVerificationLapsed:
                findings = findings.ConvertAll(f => f.Status is FindingStatus.Open or FindingStatus.ActionPlanAccepted && f.Finding.IsNonconformity
                    ? f with { Status = FindingStatus.Superseded, ClosedOn = on }
                    : f);
                break;
        }

        return record with
        {
            State = to,
            History = record.History.Add(e),
            LastEventAt = at,
            LastEventDate = record.LastEventDate is { } last && last > on ? last : on,
            Certificate = certificate,
            Plans = plans,
            Stage1Reports = stage1Reports,
            Audits = audits,
            Findings = findings,
            LastStage1Day = lastStage1,
            LastStage2Day = lastStage2,
            SurveillancesInCycle = surveillances,
            SuspendedOn = suspendedOn,
            SuspensionReason = suspensionReason,
        };
    }

    private static ImmutableList<FindingRecord> Verify(ImmutableList<FindingRecord> findings, CorrectionVerification verification)
    {
        var status = verification.Outcome == CorrectionOutcome.Verified ? FindingStatus.Verified : FindingStatus.ActionPlanAccepted;
        return findings.ConvertAll(f => verification.Findings.Contains(f.Finding.Id) && f.Status < status
            ? f with { Status = status, ClosedOn = verification.ReviewedOn }
            : f);
    }

    private Certificate GrantCertificate(CertificationRecord record, CertificationState from, CertificationDecision decision)
    {
        var previous = record.Certificate;
        var continues = from is CertificationState.RecertificationDecisionPending or CertificationState.RestorationDecisionPending;
        var number = decision.CertificateNumber ?? previous!.Number;
        var certificate = continues
            ? new Certificate(number, previous!.CertificationBody, previous.Scope, previous.Edition, decision.DecidedOn, previous.ExpiryDate.Plus(CertificationRules.CycleLength), previous.ExpiryDate)
            : new Certificate(
                number,
                previous?.CertificationBody ?? Policy.CertificationBodyName,
                previous?.Scope ?? record.Application.ScopeStatement,
                previous?.Edition ?? record.Application.Edition,
                decision.DecidedOn,
                decision.DecidedOn.Plus(CertificationRules.CycleLength),
                decision.DecidedOn);
        return certificate;
    }

    private static void ValidatePayload(CertificationRecord record, CertificationTrigger trigger, TriggerPayload payload)
    {
        void Fail(string message) => throw new CertificationException(CertificationErrorCodes.InvalidPayload, $"Trigger {trigger}: {message}");

        switch (trigger)
        {
            case CertificationTrigger.PlanAudit:
                AuditPlanValidator.EnsureValid((AuditPlan)payload, record.Application);
                break;
            case CertificationTrigger.DeclineApplication when string.IsNullOrWhiteSpace(((ApplicationReview)payload).Reason):
                Fail("ApplicationReview.Reason must say why the application is declined.");
                break;
            case CertificationTrigger.Refuse when string.IsNullOrWhiteSpace(((CertificationDecision)payload).Reason):
                Fail("CertificationDecision.Reason must say why certification is refused.");
                break;
            case CertificationTrigger.Grant when ((CertificationDecision)payload).CertificateNumber is null && record.Certificate is null:
                Fail("CertificationDecision.CertificateNumber must name the certificate to issue.");
                break;
            case CertificationTrigger.CompleteStage2:
                RequireKind(AuditKind.Stage2);
                break;
            case CertificationTrigger.CompleteSurveillance:
                RequireKind(AuditKind.Surveillance);
                break;
            case CertificationTrigger.CompleteRecertificationAudit:
                RequireKind(AuditKind.Recertification);
                break;
            case CertificationTrigger.CompleteTransitionAudit:
                RequireKind(AuditKind.Transition);
                break;
            case CertificationTrigger.CompleteRestorationAudit:
                RequireKind(AuditKind.Restoration);
                break;
            case CertificationTrigger.ExtendScope when ((ScopeChange)payload).SpecialAudit is not { Kind: AuditKind.Special }:
                Fail("ScopeChange.SpecialAudit must be the report of the special audit (kind Special) behind the extension.");
                break;
            case CertificationTrigger.VerifyCorrections:
                foreach (var id in ((CorrectionVerification)payload).Findings)
                {
                    var finding = record.Findings.Find(f => f.Finding.Id == id);
                    if (finding is null || !finding.Finding.IsNonconformity)
                    {
                        Fail($"CorrectionVerification.Findings names '{id}', which is not a nonconformity of this record.");
                    }
                }

                break;
        }

        var reported = payload switch
        {
            AuditReport report => report,
            ScopeChange { SpecialAudit: { } special } => special,
            _ => null,
        };
        if (reported is not null && !reported.Findings.IsEmpty)
        {
            foreach (var existing in record.Findings)
            {
                foreach (var finding in reported.Findings)
                {
                    if (existing.Finding.Id == finding.Id)
                    {
                        Fail($"finding id '{finding.Id}' is already used on this record.");
                    }
                }
            }
        }

        void RequireKind(AuditKind kind)
        {
            var actual = ((AuditReport)payload).Kind;
            if (actual != kind)
            {
                Fail($"AuditReport.Kind must be {kind}, was {actual}.");
            }
        }
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
