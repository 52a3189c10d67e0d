using System.Globalization;
using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.AuditTime;
using Isms.Certification.Certificates;
using Isms.Certification.Deadlines;
using Isms.Certification.Lifecycle;
using Isms.Cli.Hosting;
using NodaTime;
using NodaTime.Testing;
using Isms.Core;
using Isms.Core.Performance;

namespace Isms.Cli.Commands;

/// <summary>
/// <c>isms certification [FILE]</c>: walks a built-in sample organisation (a 180-person software company) through a full
/// certification cycle on a fixed clock, printing each step; with FILE, reads a <c>certification-record</c> document
/// (its history is replayed under the policy it stores and checked) and prints its history, state, certificate,
/// deadlines as of today and next steps; <c>--graph mermaid|dot</c> prints the state graph.
/// </summary>
internal sealed class CertificationVerb : Verb
{
    public override string Name => "certification";

    public override int Order => 60;

    public override string Summary => "Walk the sample organisation through a certification cycle, show a certification record FILE, or print the state graph";

    public override string Usage => "certification [FILE] [--graph mermaid|dot]";

    public override int MaxPositionals => 1;

    public override IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("graph", "Print the lifecycle's state graph instead: mermaid (stateDiagram-v2) or dot (digraph)", "FORMAT", ["mermaid", "dot"]),
    ];

    public override int Run(ParsedArguments args, CliContext context)
    {
        switch (args.Get("graph"))
        {
            case "mermaid":
                context.Out.WriteLine(new CertificationLifecycle(context.Clock).ToMermaid());
                return ExitCodes.Success;
            case "dot":
                context.Out.WriteLine(new CertificationLifecycle(context.Clock).ToDot());
                return ExitCodes.Success;
        }

        if (args.Positionals.Count == 1)
        {
            var document = DocumentInput.LoadAs<Isms.Serialization.CertificationRecordDocument>(args.Positionals[0]);
            ShowRecord(document.Record, new CertificationLifecycle(context.Clock, document.Policy), context);
            return ExitCodes.Success;
        }

        var output = context.Out;
        var application = SampleApplication();
        var estimate = new AuditTimeCalculator().Calculate(application.PersonsUnderControl);
        output.WriteLine($"{application.OrganisationName}: {application.PersonsUnderControl} persons, {application.Sites.Length} sites, ISO/IEC 27001:2022");
        output.WriteLine($"Audit time (ISO/IEC 27006): initial {estimate.InitialDays} auditor-days (Stage 1 {estimate.Stage1Days}, Stage 2 {estimate.Stage2Days}),");
        output.WriteLine($"  surveillance {estimate.SurveillanceDays}, recertification {estimate.RecertificationDays}");
        output.WriteLine();
        output.WriteLine($"{"Date",-10}  {"Event",-30}  State");
        var record = Walk((step, before, after, lifecycle) =>
        {
            output.WriteLine($"{step.Date:uuuu-MM-dd}  {step.Label,-30}  {after.State}");
            if (step.Blocked is { } blocked)
            {
                output.WriteLine($"{string.Empty,-10}  {blocked}");
            }

            output.WriteLine($"{string.Empty,-10}  next: {NextDue(lifecycle, after, step.Date)}");
        });

        output.WriteLine();
        var certificate = record.Certificate!;
        output.WriteLine($"Certificate {certificate.Number} ({certificate.CertificationBody}),");
        output.WriteLine($"  ISO/IEC 27001:{(certificate.Edition == StandardEdition.Edition2022 ? "2022" : "2013")}, issued {certificate.IssueDate:uuuu-MM-dd}, valid to {certificate.ExpiryDate:uuuu-MM-dd}");
        output.WriteLine($"History: {record.History.Count} events; replaying them rebuilds the same record.");
        return ExitCodes.Success;
    }

    /// <summary>The sample organisation's application.</summary>
    internal static CertificationApplication SampleApplication() => new(
        "Northwind Software Ltd",
        "Development and operation of a SaaS payroll platform",
        180,
        [
            new ApplicationSite("Leeds head office", ["Development", "Operations", "HR"], isCentralFunction: true),
            new ApplicationSite("Manchester office", ["Customer support"]),
        ],
        "The ISMS supporting development, operation and support of the Northwind payroll platform",
        StandardEdition.Edition2022);

    /// <summary>One step of the walk.</summary>
    internal sealed record WalkStep(LocalDate Date, string Label, string? Blocked);

    /// <summary>The sample certification body's policy (defaults apart from its name).</summary>
    internal static CertificationBodyPolicy SamplePolicy { get; } = new() { CertificationBodyName = "Example Certification Ltd" };

    /// <summary>The sample organisation's certification record as it stands on <paramref name="today"/> (the steps of the walk up to that day).</summary>
    internal static Isms.Serialization.CertificationRecordDocument SampleRecord(LocalDate today) =>
        new(Walk((_, _, _, _) => { }, today), SamplePolicy);

    /// <summary>
    /// Runs the sample cycle on a fixed clock, calling <paramref name="onStep"/> after each step, and returns the final record.
    /// </summary>
    /// <param name="onStep">Called after each step.</param>
    /// <param name="until">The last day to include: later steps are left out (a record holds no events in the future).</param>
    internal static CertificationRecord Walk(Action<WalkStep, CertificationRecord, CertificationRecord, CertificationLifecycle> onStep, LocalDate? until = null)
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 1, 8, 9, 0));
        var lifecycle = new CertificationLifecycle(clock, SamplePolicy);
        var application = SampleApplication();
        var record = lifecycle.Open(application);
        onStep(new WalkStep(new LocalDate(2024, 1, 8), "application received", null), record, record, lifecycle);

        var lead = new AuditTeamMember(new PersonId("Ada Lovelace"), AuditRole.LeadAuditor);
        var team = new[] { lead, new AuditTeamMember(new PersonId("Alan Turing"), AuditRole.Auditor) };
        var recorder = new PersonId("Grace Hopper");
        var decisionMaker = new PersonId("Katherine Johnson");
        var themes = Enum.GetValues<AnnexATheme>();
        string[] sites = ["Leeds head office", "Manchester office"];
        string[] processes = ["Development", "Operations", "HR", "Customer support"];

        void Step<TPayload>(LocalDate date, string label, PersonTrigger<TPayload> trigger, TPayload payload, CertificationTrigger? showBlocked = null)
            where TPayload : TriggerPayload
        {
            if (date > until)
            {
                return;
            }

            clock.Reset(date.AtStartOfDayInZone(DateTimeZone.Utc).PlusHours(17).ToInstant());
            var before = record;
            record = lifecycle.Fire(record, trigger, payload, recorder);
            string? blocked = null;
            if (showBlocked is { } next && lifecycle.NextSteps(record).Single(s => s.Trigger == next) is { IsPermitted: false } refused)
            {
                var reason = refused.UnmetGuards.FirstOrDefault() ?? "not permitted";
                var cut = reason.IndexOf(" (", StringComparison.Ordinal);
                blocked = $"{next} blocked: {(cut > 0 ? reason[..cut] : reason)}";
            }

            onStep(new WalkStep(date, label, blocked), before, record, lifecycle);
        }

        Step(new LocalDate(2024, 1, 15), "application accepted", CertificationTriggers.AcceptApplication, new ApplicationReview(new LocalDate(2024, 1, 15), recorder));
        Step(new LocalDate(2024, 1, 22), "audit plan: Stage 1", CertificationTriggers.PlanAudit, new AuditPlan(AuditKind.Stage1, new LocalDate(2024, 2, 6), new LocalDate(2024, 2, 7), [lead], [4, 5, 6, 7], [], ["Leeds head office"], ["Development"], 4m));
        Step(new LocalDate(2024, 2, 7), "Stage 1: ready, 1 gap", CertificationTriggers.CompleteStage1, new Stage1Report(new LocalDate(2024, 2, 6), new LocalDate(2024, 2, 7), lead.Person, Stage1Outcome.Ready, [new Stage1Gap("READY-062", "6.2", "Objectives lack measures")]));
        Step(new LocalDate(2024, 2, 9), "audit plan: Stage 2", CertificationTriggers.PlanAudit, new AuditPlan(AuditKind.Stage2, new LocalDate(2024, 2, 19), new LocalDate(2024, 2, 23), team, [4, 5, 6, 7, 8, 9, 10], themes, sites, processes, 10m));
        var major = new Finding(new FindingId("S2-NC-01"), FindingGrade.MajorNonconformity, "6.1.3", "Risk treatment plan not approved by risk owners");
        var minor = new Finding(new FindingId("S2-NC-02"), FindingGrade.MinorNonconformity, "A.8.8", "Patch records incomplete for two servers");
        Step(new LocalDate(2024, 2, 23), "Stage 2: 1 major, 1 minor", CertificationTriggers.CompleteStage2, new AuditReport(AuditKind.Stage2, new LocalDate(2024, 2, 19), new LocalDate(2024, 2, 23), lead.Person, [major, minor]), CertificationTrigger.Grant);
        Step(new LocalDate(2024, 2, 27), "major verified", CertificationTriggers.VerifyCorrections, new CorrectionVerification(new LocalDate(2024, 2, 27), lead.Person, [major.Id]), CertificationTrigger.Grant);
        Step(new LocalDate(2024, 2, 27), "minor: action plan accepted", CertificationTriggers.VerifyCorrections, new CorrectionVerification(new LocalDate(2024, 2, 27), lead.Person, [minor.Id], CorrectionOutcome.ActionPlanAccepted));
        Step(new LocalDate(2024, 2, 29), "certification granted", CertificationTriggers.Grant, new CertificationDecision(new LocalDate(2024, 2, 29), decisionMaker, new CertificateNumber("ECL-ISMS-2024-0042")));
        Step(new LocalDate(2025, 2, 12), "surveillance 1: no findings", CertificationTriggers.CompleteSurveillance, new AuditReport(AuditKind.Surveillance, new LocalDate(2025, 2, 11), new LocalDate(2025, 2, 12), lead.Person));
        var major2 = new Finding(new FindingId("SV2-NC-01"), FindingGrade.MajorNonconformity, "9.2", "No internal audit held in the last 12 months");
        Step(new LocalDate(2026, 2, 11), "surveillance 2: 1 major", CertificationTriggers.CompleteSurveillance, new AuditReport(AuditKind.Surveillance, new LocalDate(2026, 2, 10), new LocalDate(2026, 2, 11), lead.Person, [major2]));
        Step(new LocalDate(2026, 3, 20), "major verified", CertificationTriggers.VerifyCorrections, new CorrectionVerification(new LocalDate(2026, 3, 20), lead.Person, [major2.Id]));
        Step(new LocalDate(2026, 12, 9), "recertification audit", CertificationTriggers.CompleteRecertificationAudit, new AuditReport(AuditKind.Recertification, new LocalDate(2026, 12, 7), new LocalDate(2026, 12, 9), lead.Person));
        Step(new LocalDate(2027, 1, 15), "recertification granted", CertificationTriggers.Grant, new CertificationDecision(new LocalDate(2027, 1, 15), decisionMaker));
        return record;
    }

    /// <summary>Prints a record read from a file: its history, state, certificate, deadlines as of today and next steps.</summary>
    internal static void ShowRecord(CertificationRecord record, CertificationLifecycle lifecycle, CliContext context)
    {
        var output = context.Out;
        var application = record.Application;
        var policy = lifecycle.Policy;
        var now = context.Clock.GetCurrentInstant();
        var today = now.InZone(policy.TimeZone).Date;
        output.WriteLine($"{application.OrganisationName}: {application.PersonsUnderControl} persons, {application.Sites.Length} sites, ISO/IEC 27001:{Edition(application.Edition)}");
        output.WriteLine($"Policy of {policy.CertificationBodyName}: majors closed within {policy.DaysToCloseMajors} days,");
        output.WriteLine($"  suspension cap {policy.SuspensionCap}, dates in {policy.TimeZone.Id}");
        output.WriteLine();
        output.WriteLine($"{"Date",-10}  {"Event",-30}  State");
        output.WriteLine($"{record.OpenedAt.InZone(policy.TimeZone).Date:uuuu-MM-dd}  {"application received",-30}  {CertificationState.Applied}");
        foreach (var e in record.History)
        {
            output.WriteLine($"{e.On:uuuu-MM-dd}  {Label(e),-30}  {e.To}");
        }

        output.WriteLine();
        output.WriteLine($"State: {record.State} (last event {record.LastEventDate?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "none"})");
        if (record.Certificate is { } certificate)
        {
            output.WriteLine($"Certificate {certificate.Number} ({certificate.CertificationBody}),");
            output.WriteLine($"  ISO/IEC 27001:{Edition(certificate.Edition)}, issued {certificate.IssueDate:uuuu-MM-dd}, valid to {certificate.ExpiryDate:uuuu-MM-dd}{(record.IsCertificateValidOn(today) ? string.Empty : " (not valid today)")}");
        }
        else
        {
            output.WriteLine("No certificate issued.");
        }

        var deadlines = lifecycle.Deadlines(record, now);
        output.WriteLine($"Deadlines on {today:uuuu-MM-dd}:{(deadlines.IsEmpty ? " none" : string.Empty)}");
        foreach (var deadline in deadlines.OrderBy(d => d.DueDate))
        {
            output.WriteLine($"  {deadline.DueDate:uuuu-MM-dd}  {deadline.Status,-8}  {DeadlineText(deadline.Kind)} ({(deadline.Source == RuleSource.Standard ? "standard" : "CB policy")})");
        }

        var next = lifecycle.NextSteps(record, now).Where(s => s.IsPermitted && !s.IsTimeDriven).Select(s => s.Trigger.ToString()).ToList();
        var line = new System.Text.StringBuilder("Next steps:");
        foreach (var (trigger, i) in (next.Count == 0 ? ["none (final state)"] : next).Select((t, i) => (t, i)))
        {
            var piece = trigger + (i < next.Count - 1 ? "," : string.Empty);
            if (line.Length + 1 + piece.Length > 80)
            {
                output.WriteLine(line.ToString());
                line.Clear().Append(' ');
            }

            line.Append(' ').Append(piece);
        }

        output.WriteLine(line.ToString());
        output.WriteLine($"History: {record.History.Count} events, replayed and checked when the file was read.");
    }

    /// <summary>The overdue deadlines of a record as of <paramref name="now"/> (what <c>isms validate</c> reports as findings).</summary>
    internal static IReadOnlyList<Deadline> Overdue(CertificationRecord record, CertificationLifecycle lifecycle, Instant now) =>
        [.. lifecycle.Deadlines(record, now).Where(d => d.Status == DeadlineStatus.Overdue).OrderBy(d => d.DueDate)];

    /// <summary>A deadline kind in words.</summary>
    internal static string DeadlineText(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Stage2Window => "Stage 2",
        DeadlineKind.InitialMajorsVerification => "verify majors (6-month limit)",
        DeadlineKind.MajorsClosure => "close majors",
        DeadlineKind.Surveillance => "surveillance audit",
        DeadlineKind.RecertificationAudit => "recertification audit",
        DeadlineKind.Expiry => "recertification decision",
        DeadlineKind.SuspensionCap => "resolve suspension",
        DeadlineKind.RestorationWindow => "restoration",
        DeadlineKind.EditionTransition => "transition to 2022",
        _ => kind.ToString(),
    };

    private static string Edition(StandardEdition edition) => edition == StandardEdition.Edition2022 ? "2022" : "2013";

    /// <summary>An event in words, as the walk labels its steps.</summary>
    private static string Label(CertificationEvent e)
    {
        static string Findings(AuditReport report)
        {
            var majors = report.Findings.Count(f => f.Grade == FindingGrade.MajorNonconformity);
            var minors = report.Findings.Count(f => f.Grade == FindingGrade.MinorNonconformity);
            return majors + minors == 0 ? "no findings"
                : string.Join(", ", new[] { majors > 0 ? $"{majors} major" : null, minors > 0 ? $"{minors} minor" : null }.Where(x => x is not null));
        }

        return (e.Trigger, e.Payload) switch
        {
            (CertificationTrigger.AcceptApplication, _) => "application accepted",
            (CertificationTrigger.DeclineApplication, _) => "application declined",
            (_, AuditPlan plan) => $"audit plan: {(plan.Kind == AuditKind.Stage1 ? "Stage 1" : plan.Kind == AuditKind.Stage2 ? "Stage 2" : plan.Kind.ToString())}",
            (_, Stage1Report r) => r.Outcome == Stage1Outcome.Ready ? $"Stage 1: ready, {r.Gaps.Length} gap{(r.Gaps.Length == 1 ? string.Empty : "s")}" : $"Stage 1: not ready, {r.Gaps.Length} gaps",
            (CertificationTrigger.CompleteStage2, AuditReport r) => $"Stage 2: {Findings(r)}",
            (CertificationTrigger.CompleteSurveillance, AuditReport r) => $"surveillance: {Findings(r)}",
            (CertificationTrigger.CompleteRecertificationAudit, _) => "recertification audit",
            (CertificationTrigger.CompleteTransitionAudit, _) => "transition audit (2022)",
            (CertificationTrigger.CompleteRestorationAudit, _) => "restoration audit",
            (_, CorrectionVerification v) => v.Outcome == CorrectionOutcome.Verified ? $"{v.Findings.Length} verified" : $"{v.Findings.Length} action plan(s) accepted",
            (CertificationTrigger.Grant, _) => e.From switch
            {
                CertificationState.RecertificationDecisionPending => "recertification granted",
                CertificationState.RestorationDecisionPending => "certification restored",
                _ => "certification granted",
            },
            (CertificationTrigger.Refuse, _) => "certification refused",
            (CertificationTrigger.ExtendScope, _) => "scope extended",
            (CertificationTrigger.ReduceScope, _) => "scope reduced",
            (CertificationTrigger.Transfer, _) => "transferred to another CB",
            (CertificationTrigger.Suspend, SuspensionNotice n) => $"suspended: {n.Reason}",
            (CertificationTrigger.Reinstate, _) => "reinstated",
            (CertificationTrigger.Withdraw, _) => "withdrawn",
            _ => $"clock: {e.Trigger}",
        };
    }

    /// <summary>The earliest deadline not yet passed, in words, or "nothing due".</summary>
    internal static string NextDue(CertificationLifecycle lifecycle, CertificationRecord record, LocalDate date)
    {
        var deadlines = lifecycle.Deadlines(record, date.AtStartOfDayInZone(DateTimeZone.Utc).PlusHours(17).ToInstant());
        var next = deadlines.Where(d => d.Status != DeadlineStatus.Overdue).OrderBy(d => d.DueDate).FirstOrDefault();
        if (next == default)
        {
            return record.State switch
            {
                CertificationState.AwaitingStage1 => "Stage 1 audit",
                CertificationState.AwaitingDecision => "certification decision",
                CertificationState.Applied => "application review",
                _ => "nothing due",
            };
        }

        var what = DeadlineText(next.Kind);
        return string.Create(CultureInfo.InvariantCulture, $"{what} by {next.DueDate:uuuu-MM-dd} ({(next.Source == RuleSource.Standard ? "standard" : "CB policy")})");
    }
}
