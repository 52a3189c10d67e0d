using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Deadlines;
using NodaTime;
using Stateless;
using Stateless.Reflection;
using S = Isms.Certification.Lifecycle.CertificationState;
using T = Isms.Certification.Lifecycle.CertificationTrigger;

namespace Isms.Certification.Lifecycle;

/// <summary>
/// The Stateless machine of the lifecycle, configured once and reused for any number of records. Its state lives
/// outside it (external state storage): before each use the lifecycle binds a record, the day and the payload to
/// the fields below; the accessor and mutator read and write <see cref="Current"/>, and every guard reads the
/// bound record. Building the configuration costs tens of microseconds; binding costs a few field writes.
/// </summary>
/// <remarks>Not thread-safe: <see cref="CertificationLifecycle"/> hands each call its own instance (a pool of spares).</remarks>
internal sealed class LifecycleMachine
{
    private readonly StateMachine<S, T> _machine;
    private readonly StateMachine<S, T>.TriggerWithParameters?[] _parameterised = new StateMachine<S, T>.TriggerWithParameters?[CertificationTriggers.All.Length];
    private readonly CertificationBodyPolicy _policy;

    internal LifecycleMachine(CertificationBodyPolicy policy)
    {
        _policy = policy;
        _machine = new StateMachine<S, T>(() => Current, s => Current = s, FiringMode.Immediate);
        _machine.OnUnhandledTrigger(Refuse);
        foreach (var descriptor in CertificationTriggers.All)
        {
            _parameterised[(int)descriptor.Trigger] = descriptor.Parameterise(_machine);
        }

        Configure();
    }

    /// <summary>The bound record's state, read and written by the machine.</summary>
    internal S Current { get; set; }

    /// <summary>The bound record.</summary>
    internal CertificationRecord Record { get; private set; } = null!;

    /// <summary>The payload being fired, or null when probing or for a time-driven trigger.</summary>
    internal TriggerPayload? Payload { get; private set; }

    /// <summary>The day the rules are evaluated on.</summary>
    internal LocalDate Today { get; private set; }

    internal StateMachineInfo Info => _machine.GetInfo();

    internal void Bind(CertificationRecord record, LocalDate today, TriggerPayload? payload)
    {
        Record = record;
        Current = record.State;
        Today = today;
        Payload = payload;
    }

    internal void Unbind()
    {
        Current = S.Applied;
        Record = null!;
        Payload = null;
    }

    internal void Fire(T trigger, TriggerPayload? payload)
    {
        if (_parameterised[(int)trigger] is { } parameterised)
        {
            _machine.Fire(parameterised, payload!);
        }
        else
        {
            _machine.Fire(trigger);
        }
    }

    internal bool CanFire(T trigger, out ICollection<string> unmet) => _machine.CanFire(trigger, out unmet);

    /// <summary>The Stateless trigger of a person's trigger, registered from its descriptor (the payload type is the descriptor's).</summary>
    private StateMachine<S, T>.TriggerWithParameters<TPayload> Parameters<TPayload>(PersonTrigger<TPayload> trigger)
        where TPayload : TriggerPayload =>
        (StateMachine<S, T>.TriggerWithParameters<TPayload>)_parameterised[(int)trigger.Trigger]!;

    private void Refuse(S state, T trigger, ICollection<string> unmet)
    {
        unmet ??= [];
        var reasons = unmet.Count == 0 ? $"the state {state} does not accept it" : string.Join("; ", unmet);
        var error = new Isms.Core.IsmsError(
            CertificationErrorCodes.TriggerNotPermitted,
            $"Certification of '{Record.Application.OrganisationName}': trigger {trigger} is not permitted in state {state} on {Require.Day(Today)}: {reasons}.")
        {
            EntityKind = nameof(CertificationRecord),
            Member = nameof(CertificationRecord.State),
            Value = state.ToString(),
        };
        throw new CertificationException(error, state, trigger, unmet);
    }

    private int MajorsLeftAfter(CorrectionVerification verification)
    {
        var left = 0;
        foreach (var finding in Record.Findings)
        {
            if (finding.IsOpenMajor && !(verification.Outcome == CorrectionOutcome.Verified && verification.Findings.Contains(finding.Finding.Id)))
            {
                left++;
            }
        }

        return left;
    }

    /// <summary>The action of internal transitions: the lifecycle records the payload; the state does not change. Named so the graph says so.</summary>
    private static void RecordOnly(StateMachine<S, T>.Transition transition)
    {
    }

    private static bool Always(object[] args) => true;

    private static string Describe(Period period) => period switch
    {
        { Years: 0, Months: > 0, Weeks: 0, Days: 0 } => $"{period.Months} months",
        { Years: 0, Months: 0, Weeks: 0, Days: > 0 } => $"{period.Days} days",
        _ => period.ToString(),
    };

    private static Tuple<Func<bool>, string> G(Func<bool> guard, string description) => Tuple.Create(guard, description);

    private void Configure()
    {
        var stage1 = Parameters(CertificationTriggers.CompleteStage1);
        var verify = Parameters(CertificationTriggers.VerifyCorrections);
        var surveillance = Parameters(CertificationTriggers.CompleteSurveillance);

        var interval = _policy.MaxStage1ToStage2Interval;
        var noOpenMajor = G(() => Record.OpenMajorCount == 0, "no major nonconformity is open (correction and corrective action verified)");
        var noOpenMinor = G(() => Record.OpenMinorCount == 0, "every minor nonconformity has an accepted action plan");
        var notExpired = G(() => Record.Certificate is { } c && Today <= c.ExpiryDate, "the certificate has not expired");
        var editionValid = G(
            () => Record.Certificate is not { Edition: StandardEdition.Edition2013 } || Today <= CertificationRules.Edition2013LastValidDay,
            "a 2013-edition certificate is valid only up to 31 October 2025 (IAF MD 26)");
        var stage2Window = G(
            () => DeadlineCalculator.Stage2WindowEnd(Record, _policy) is not { } end || Today <= end,
            interval is null ? "Stage 2 follows a Stage 1 that concluded ready" : $"Stage 2 ends within {Describe(interval)} of the last Stage 1 day (CB policy)");
        var withinRestoration = G(
            () => Record.Certificate is { } c && Today <= c.ExpiryDate.Plus(CertificationRules.RestorationWindow),
            "within 6 months of the certificate's expiry (ISO/IEC 17021-1 9.6.3.2.5)");
        const string Md26Initial = "no initial audit against ISO/IEC 27001:2013 after 30 April 2024 (IAF MD 26)";
        bool InitialAuditPermitted() =>
            (Record.Certificate?.Edition ?? Record.Application.Edition) != StandardEdition.Edition2013 || Today <= CertificationRules.Edition2013LastAuditDay;
        var initialAuditPermitted = G(InitialAuditPermitted, Md26Initial);
        var recertificationAuditPermitted = G(
            () => Record.Certificate is not { Edition: StandardEdition.Edition2013 } || Today <= CertificationRules.Edition2013LastAuditDay,
            "no recertification audit against ISO/IEC 27001:2013 after 30 April 2024 (IAF MD 26)");
        var noSurveillanceOverdue = G(
            () => DeadlineCalculator.NextSurveillanceDue(Record, _policy) is not { } due || Today <= due,
            "no surveillance audit is overdue");

        var stage1Destinations = new DynamicStateInfos { { S.AwaitingStage2.ToString(), "Stage 1 concluded ready" }, { S.Stage1NotReady.ToString(), "Stage 1 concluded not ready" } };
        S Stage1Destination(Stage1Report report) => report.Outcome == Stage1Outcome.Ready ? S.AwaitingStage2 : S.Stage1NotReady;

        _machine.Configure(S.Applied)
            .Permit(T.AcceptApplication, S.AwaitingStage1)
            .Permit(T.DeclineApplication, S.Declined);

        _machine.Configure(S.InitialAudit)
            .InternalTransitionIf(T.PlanAudit, Always, RecordOnly, "recorded on the record; the state does not change");

        _machine.Configure(S.AwaitingStage1)
            .SubstateOf(S.InitialAudit)
            .PermitDynamicIf(stage1, Stage1Destination, InitialAuditPermitted, Md26Initial, stage1Destinations);

        _machine.Configure(S.Stage1NotReady)
            .SubstateOf(S.InitialAudit)
            .PermitDynamicIf(stage1, Stage1Destination, InitialAuditPermitted, Md26Initial, stage1Destinations);

        _machine.Configure(S.AwaitingStage2)
            .SubstateOf(S.InitialAudit)
            .PermitDynamicIf(stage1, Stage1Destination, InitialAuditPermitted, Md26Initial, stage1Destinations)
            .PermitIf(T.CompleteStage2, S.AwaitingDecision, stage2Window, initialAuditPermitted)
            .PermitIf(T.Stage2WindowLapsed, S.AwaitingStage1, G(
                () => DeadlineCalculator.Stage2WindowEnd(Record, _policy) is { } end && Today > end,
                "the CB's maximum interval from Stage 1 to Stage 2 has passed (CB policy)"));

        _machine.Configure(S.AwaitingDecision)
            .SubstateOf(S.InitialAudit)
            .InternalTransitionIf(T.VerifyCorrections, Always, RecordOnly, "recorded on the record; the state does not change")
            .PermitIf(T.Grant, S.Active, noOpenMajor, noOpenMinor, G(
                () => Payload is not CertificationDecision d || d.CertificateNumber is not null || Record.Certificate is not null,
                "the decision names the number of the certificate to issue"))
            .Permit(T.Refuse, S.Refused)
            .PermitIf(T.MajorVerificationLapsed, S.AwaitingStage2, G(
                () => DeadlineCalculator.InitialMajorsLimit(Record) is { } limit && Today > limit,
                "a major nonconformity is still open 6 months after the last Stage 2 day (ISO/IEC 17021-1)"));

        _machine.Configure(S.Certified)
            .InternalTransitionIf(T.PlanAudit, Always, RecordOnly, "recorded on the record; the state does not change")
            .InternalTransitionIf(T.ReduceScope, Always, RecordOnly, "recorded on the record; the state does not change")
            .Permit(T.Withdraw, S.Withdrawn)
            .PermitIf(T.CertificateExpired, S.Expired, G(
                () => Record.Certificate is { } c && Today > c.ExpiryDate,
                "the certificate's expiry date has passed without a recertification decision"))
            .PermitIf(T.EditionWithdrawn, S.Withdrawn, G(
                () => Record.Certificate is { Edition: StandardEdition.Edition2013 } && Today > CertificationRules.Edition2013LastValidDay,
                "the certificate is on the 2013 edition and 31 October 2025 has passed (IAF MD 26)"));

        _machine.Configure(S.Valid)
            .SubstateOf(S.Certified)
            .PermitIf(T.Suspend, S.Suspended, notExpired);

        var surveillanceDestinations = new DynamicStateInfos { { S.Active.ToString(), "no major open" }, { S.CorrectionsPending.ToString(), "majors open" } };
        S AfterSurveillance(AuditReport report) => Record.OpenMajorCount + report.MajorCount > 0 ? S.CorrectionsPending : S.Active;
        var surveillanceOverdue = G(
            () => DeadlineCalculator.NextSurveillanceDue(Record, _policy) is { } due && Today > due,
            "the surveillance audit due date has passed without an audit");

        foreach (var state in new[] { S.Active, S.CorrectionsPending, S.RecertificationDecisionPending })
        {
            _machine.Configure(state)
                .SubstateOf(S.Valid)
                .PermitReentryIf(T.Transfer, noOpenMajor, notExpired, editionValid, G(
                    () => Payload is not TransferRequest t || Record.Certificate is not { } c || t.NewCertificationBody != c.CertificationBody,
                    "the accepting certification body differs from the current one (IAF MD 2)"));
        }

        _machine.Configure(S.Active)
            .InternalTransitionIf(T.VerifyCorrections, Always, RecordOnly, "recorded on the record; the state does not change")
            .PermitDynamicIf(surveillance, AfterSurveillance, surveillanceDestinations, notExpired)
            .PermitIf(T.CompleteRecertificationAudit, S.RecertificationDecisionPending, notExpired, recertificationAuditPermitted)
            .PermitReentryIf(T.CompleteTransitionAudit, G(() => Record.Certificate is { Edition: StandardEdition.Edition2013 }, "the certificate is on the 2013 edition"), editionValid, G(
                () => Payload is not AuditReport r || r.MajorCount == 0,
                "the transition audit raised no major nonconformity"))
            .PermitReentryIf(T.ExtendScope, notExpired, G(
                () => Payload is not ScopeChange s || s.SpecialAudit is { MajorCount: 0 },
                "a special audit with no major nonconformity supports the extension"))
            .PermitIf(T.SurveillanceMissed, S.Suspended, surveillanceOverdue);

        _machine.Configure(S.CorrectionsPending)
            .PermitDynamic(verify, v => MajorsLeftAfter(v) > 0 ? S.CorrectionsPending : S.Active, "majors left open", surveillanceDestinations)
            .PermitDynamicIf(surveillance, AfterSurveillance, surveillanceDestinations, notExpired)
            .PermitIf(T.SurveillanceMissed, S.Suspended, surveillanceOverdue)
            .PermitIf(T.MajorsNotClosedInTime, S.Suspended, G(
                () => DeadlineCalculator.MajorsClosureLimit(Record, _policy) is { } limit && Today > limit,
                "a major nonconformity is open past the CB's days to close majors (CB policy)"));

        _machine.Configure(S.RecertificationDecisionPending)
            .InternalTransitionIf(T.VerifyCorrections, Always, RecordOnly, "recorded on the record; the state does not change")
            .PermitIf(T.Grant, S.Active, noOpenMajor, noOpenMinor, notExpired)
            .Permit(T.Refuse, S.Active);

        _machine.Configure(S.Suspended)
            .SubstateOf(S.Certified)
            .InternalTransitionIf(T.VerifyCorrections, Always, RecordOnly, "recorded on the record; the state does not change")
            .InternalTransitionIf(T.CompleteSurveillance, Always, RecordOnly, "recorded on the record; the state does not change")
            .PermitIf(T.Reinstate, S.Active, noOpenMajor, noSurveillanceOverdue, notExpired)
            .PermitIf(T.SuspensionCapReached, S.Withdrawn, G(
                () => Record.SuspendedOn is { } since && Today > DeadlineCalculator.SuspensionLimit(since, _policy),
                "the suspension has lasted longer than the CB's cap (CB policy)"));

        _machine.Configure(S.Lapsed)
            .InternalTransitionIf(T.PlanAudit, Always, RecordOnly, "recorded on the record; the state does not change");

        _machine.Configure(S.Expired)
            .SubstateOf(S.Lapsed)
            .PermitIf(T.CompleteRestorationAudit, S.RestorationDecisionPending, withinRestoration, recertificationAuditPermitted)
            .PermitIf(T.CompleteStage2, S.AwaitingDecision, initialAuditPermitted);

        _machine.Configure(S.RestorationDecisionPending)
            .SubstateOf(S.Lapsed)
            .InternalTransitionIf(T.VerifyCorrections, Always, RecordOnly, "recorded on the record; the state does not change")
            .PermitIf(T.Grant, S.Active, noOpenMajor, noOpenMinor, withinRestoration)
            .Permit(T.Refuse, S.Expired);

        _machine.Configure(S.Declined);
        _machine.Configure(S.Refused);
        _machine.Configure(S.Withdrawn);
    }
}
