using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Lifecycle;
using Isms.Cli.SampleData;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.Monitoring;
using Isms.Core.Readiness;
using Isms.Evidence;
using Isms.Evidence.Collection;
using Isms.Testing;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Samples.IdpCollector.Tests.Docs;

/// <summary>The C# blocks of docs/evidence.md are these regions, and they run.</summary>
public sealed class EvidenceSnippetTests
{
    private static readonly LocalDate Today = new(2026, 11, 28);

    [Theory]
    [InlineData("evidence-coverage")]
    [InlineData("evidence-collect-accept")]
    [InlineData("evidence-collector")]
    public void The_doc_shows_the_tested_code_verbatim(string name) =>
        DocSnippets.AssertShown("docs/evidence.md", "Docs/EvidenceSnippetTests.cs", name);

    [Fact]
    public void The_coverage_snippet_judges_evidence_against_the_records_next_audit()
    {
        var isms = SampleOrganisation.Create(Today);
        var (record, policy, clock) = RecordAfterStage1();
        #region evidence-coverage
        var lifecycle = new CertificationLifecycle(clock, policy);
        var options = new EvidenceOptions { NextAudit = AuditCalendar.NextAudit(lifecycle, record, clock.GetCurrentInstant()) };

        // Per Annex A control: current, expiring (runs out before the next audit), missing or not applicable.
        var coverage = EvidenceCoverage.Of(isms, Today, options);
        var expiring = coverage.Controls.Where(c => c.Status == EvidenceStatus.Expiring).Select(c => c.Control);

        // The same judgement as readiness findings RDY-EVD-001 to -007 and RDY-CHG-001 (AddIsms registers the rules).
        var analyzer = new ReadinessAnalyzer([.. ReadinessAnalyzer.BuiltInRules, .. EvidenceRules.Create(options)]);
        var findings = analyzer.Analyze(isms, Today).Findings.Where(f => f.Code.StartsWith("RDY-EVD", StringComparison.Ordinal));
        #endregion
        Assert.Equal(DeadlineKindOfStage2(), options.NextAudit!.Kind);
        Assert.Contains(new ControlId("8.29"), expiring);
        Assert.Contains(findings, f => f.Code == EvidenceReadinessCodes.EvidenceExpiresBeforeAudit);
    }

    [Fact]
    public async Task The_collect_and_accept_snippet_makes_the_export_count_only_once_accepted()
    {
        var isms = SampleOrganisation.Create(Today).With(b => b.Evidence = b.Evidence.Remove(new("EV-01")).Remove(new("EV-02")));
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 28, 9, 0));
        var cancellationToken = TestContext.Current.CancellationToken;
        var exportFile = SampleExport.Path;
        #region evidence-collect-accept
        var collector = new IdpUserExportCollector(exportFile, clock) { ExportedOn = new LocalDate(2026, 11, 27) };

        // Recorded as collected by idp-user-export 1.0.0, not accepted: no control's status changes.
        var proposed = await EvidenceInbox.ProposeAsync(isms, collector, cancellationToken);
        var item = proposed.Evidence.Single(e => !isms.Evidence.Contains(e.Id));

        // A person reviews what the export shows (accounts without MFA, dormant accounts) and accepts it.
        var accepted = EvidenceInbox.Accept(proposed, item.Id, new PersonId("l.hoffmann"), Today, "Two accounts without MFA: SEC-412");
        #endregion
        ControlCoverage Of(InformationSecurityManagementSystem x) => EvidenceCoverage.Of(x, Today).Controls.Single(c => c.Control == new ControlId("8.5"));
        Assert.Equal(EvidenceStatus.Missing, Of(proposed).Status);
        Assert.Equal([item.Id], Of(accepted).Current);
    }

    [Fact]
    public async Task The_collector_snippet_proposes_a_log_as_evidence_of_8_13()
    {
        var log = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(log, "2026-11-28 02:00 backup prod-db ok 48.2 GB\n", TestContext.Current.CancellationToken);
            var collector = new BackupJobCollector(log, new FakeClock(Instant.FromUtc(2026, 11, 28, 9, 0)));

            var proposal = Assert.Single(await collector.CollectAsync(TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));

            Assert.Equal((new LocalDate(2026, 11, 22), new LocalDate(2026, 11, 28)), (proposal.Period.Start, proposal.Period.End));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(log, TestContext.Current.CancellationToken))), proposal.Artefact.Sha256);
            var proposed = EvidenceInbox.Propose(SampleOrganisation.Create(Today), EvidenceCollector.Automated(collector.Name, collector.Version), [proposal]);
            Assert.False(proposed.Evidence[EvidenceInbox.IdOf(proposal.Artefact)].IsAccepted);
        }
        finally
        {
            File.Delete(log);
        }
    }

    #region evidence-collector
    public sealed class BackupJobCollector(string logFile, IClock clock) : IEvidenceCollector
    {
        public string Name => "backup-job-log";

        public string Version => "1.0.0";

        public async IAsyncEnumerable<EvidenceProposal> CollectAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            var bytes = await File.ReadAllBytesAsync(logFile, cancellationToken);
            var now = clock.GetCurrentInstant();
            var today = now.InUtc().Date;
            yield return new EvidenceProposal
            {
                Title = $"Backup job log, week to {today:uuuu-MM-dd}",
                Artefact = new ArtefactReference
                {
                    Location = new Uri(Path.GetFullPath(logFile)),
                    Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), // of the bytes the auditor will see
                },
                CollectedAt = now,
                Period = new EvidencePeriod(today.PlusDays(-6), today),   // what it covers, not when it was uploaded
                ValidUntil = today.PlusDays(7),
                Controls = [new ControlId("8.13")],
            };
        }
    }
    #endregion

    private static Isms.Certification.Deadlines.DeadlineKind DeadlineKindOfStage2() => Isms.Certification.Deadlines.DeadlineKind.Stage2Window;

    /// <summary>A record whose Stage 1 was completed on 2026-11-20: its next audit is the end of the Stage 2 window.</summary>
    private static (CertificationRecord Record, CertificationBodyPolicy Policy, FakeClock Clock) RecordAfterStage1()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 10, 1, 9, 0));
        var lifecycle = new CertificationLifecycle(clock, CertificationBodyPolicy.Default);
        var lead = new AuditTeamMember(new PersonId("Ada Lovelace"), AuditRole.LeadAuditor);
        var cb = new PersonId("cb.reviewer");
        var record = lifecycle.Open(new CertificationApplication(
            "Helix Payments GmbH", "Payments", 180, [new ApplicationSite("Berlin head office", ["Development"], isCentralFunction: true)],
            "The ISMS of Helix Payments GmbH", StandardEdition.Edition2022));
        clock.Reset(Instant.FromUtc(2026, 10, 5, 9, 0));
        record = lifecycle.Fire(record, CertificationTriggers.AcceptApplication, new ApplicationReview(new LocalDate(2026, 10, 5), cb), cb);
        clock.Reset(Instant.FromUtc(2026, 10, 12, 9, 0));
        record = lifecycle.Fire(record, CertificationTriggers.PlanAudit, new AuditPlan(AuditKind.Stage1, new LocalDate(2026, 11, 19), new LocalDate(2026, 11, 20), [lead], [4, 5, 6, 7], [], ["Berlin head office"], ["Development"], 2m), cb);
        clock.Reset(Instant.FromUtc(2026, 11, 20, 17, 0));
        record = lifecycle.Fire(record, CertificationTriggers.CompleteStage1, new Stage1Report(new LocalDate(2026, 11, 19), new LocalDate(2026, 11, 20), lead.Person, Stage1Outcome.Ready, []), lead.Person);
        clock.Reset(Today.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
        return (record, CertificationBodyPolicy.Default, clock);
    }
}
