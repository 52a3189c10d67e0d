using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Certificates;
using Isms.Certification.Deadlines;
using Isms.Certification.Lifecycle;
using NodaTime;
using Isms.Core;
using Isms.Core.Performance;

namespace Isms.Benchmarks;

/// <summary>
/// The certification lifecycle: firing one transition on a record, and evaluating deadlines over 100,000 records.
/// Baselines: a naive host that builds a fully configured Stateless machine (a new engine) for every transition, and
/// a portfolio scan that asks the state machine which time-driven triggers can fire.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CertificationBenchmarks
{
    private static readonly Instant Now = Instant.FromUtc(2025, 6, 1, 12, 0);
    private static readonly PersonId Ada = new("ada");
    private static readonly PersonId Bench = new("bench");
    private CertificationLifecycle _lifecycle = null!;
    private CertificationRecord _active = null!;
    private AuditReport _surveillance = null!;
    private Instant _at;
    private CertificationRecord[] _records = [];

    /// <summary>Records in the portfolio.</summary>
    [Params(100_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _lifecycle = new CertificationLifecycle(new FixedClock(Now));
        _active = Certified(_lifecycle, new LocalDate(2024, 2, 29), 0);
        _surveillance = new AuditReport(AuditKind.Surveillance, new LocalDate(2025, 2, 10), new LocalDate(2025, 2, 11), Ada);
        _at = Instant.FromUtc(2025, 2, 11, 17, 0);

        // 400 distinct records (certified on different days, some with open majors, some awaiting decision), repeated.
        var templates = new List<CertificationRecord>();
        for (var i = 0; i < 400; i++)
        {
            var decision = new LocalDate(2022, 1, 3).PlusDays(i * 3);
            var record = Certified(_lifecycle, decision, i);
            if (i % 4 == 1)
            {
                var day = decision.PlusMonths(10);
                record = _lifecycle.Fire(record, CertificationTriggers.CompleteSurveillance, new AuditReport(AuditKind.Surveillance, day, day, Ada, [new Finding(new FindingId($"M{i}"), FindingGrade.MajorNonconformity, "9.2", "No internal audit")]), Bench, null, day.AtStartOfDayInZone(DateTimeZone.Utc).PlusHours(17).ToInstant());
            }

            templates.Add(record);
        }

        _records = new CertificationRecord[Records];
        for (var i = 0; i < _records.Length; i++)
        {
            _records[i] = templates[i % templates.Count];
        }
    }

    [Benchmark(Baseline = true, Description = "Fire: new engine (fresh Stateless machine) per transition")]
    [BenchmarkCategory("Transition")]
    public CertificationRecord Fire_fresh_machine() =>
        new CertificationLifecycle(_lifecycle.Clock).Fire(_active, CertificationTriggers.CompleteSurveillance, _surveillance, Ada, null, _at);

    [Benchmark(Description = "Fire: cached machine bound to the record")]
    [BenchmarkCategory("Transition")]
    public CertificationRecord Fire_cached_machine() =>
        _lifecycle.Fire(_active, CertificationTriggers.CompleteSurveillance, _surveillance, Ada, null, _at);

    [Benchmark(Baseline = true, Description = "Deadlines: ask the machine (NextSteps) per record")]
    [BenchmarkCategory("Deadlines")]
    public int Deadlines_via_state_machine()
    {
        var due = 0;
        foreach (var record in _records)
        {
            foreach (var step in _lifecycle.NextSteps(record, Now))
            {
                if (step.IsTimeDriven && step.IsPermitted)
                {
                    due++;
                }
            }
        }

        return due;
    }

    [Benchmark(Description = "Deadlines: Deadlines(record) per record")]
    [BenchmarkCategory("Deadlines")]
    public int Deadlines_per_record()
    {
        var overdue = 0;
        foreach (var record in _records)
        {
            foreach (var deadline in _lifecycle.Deadlines(record, Now))
            {
                if (deadline.Status == DeadlineStatus.Overdue)
                {
                    overdue++;
                }
            }
        }

        return overdue;
    }

    [Benchmark(Description = "Deadlines: Summarize(records)")]
    [BenchmarkCategory("Deadlines")]
    public DeadlineSummary Deadlines_summarized() => _lifecycle.Summarize(_records, Now);

    private static CertificationRecord Certified(CertificationLifecycle lifecycle, LocalDate decision, int n)
    {
        var application = new CertificationApplication("Org " + n, "Software", 180, [new ApplicationSite("HQ", ["Development"])], "Scope");
        var start = decision.PlusDays(-67);
        Instant At(LocalDate d) => d.AtStartOfDayInZone(DateTimeZone.Utc).PlusHours(17).ToInstant();
        var record = CertificationRecord.Open(application, At(start));
        record = lifecycle.Fire(record, CertificationTriggers.AcceptApplication, new ApplicationReview(start, Bench), Bench, null, At(start));
        record = lifecycle.Fire(record, CertificationTriggers.CompleteStage1, new Stage1Report(start.PlusDays(29), start.PlusDays(30), Ada, Stage1Outcome.Ready), Bench, null, At(start.PlusDays(30)));
        record = lifecycle.Fire(record, CertificationTriggers.CompleteStage2, new AuditReport(AuditKind.Stage2, start.PlusDays(58), start.PlusDays(60), Ada), Bench, null, At(start.PlusDays(60)));
        return lifecycle.Fire(record, CertificationTriggers.Grant, new CertificationDecision(decision, Bench, new CertificateNumber("C-" + n)), Bench, null, At(decision));
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
