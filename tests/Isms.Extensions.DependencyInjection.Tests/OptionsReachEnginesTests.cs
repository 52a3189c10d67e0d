using System.Reflection;
using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.Readiness;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Core.Tests.TestData;
using Isms.Risk.Quantitative;
using Isms.Risk.Scoring;
using Isms.Serialization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Isms.Extensions.DependencyInjection.Tests;

/// <summary>
/// Every option of <see cref="IsmsOptions"/> that an engine uses reaches the engine the container builds, shown by
/// what the engine does, one option at a time; and a guard fails when an options type gains a property no test covers.
/// </summary>
public sealed class OptionsReachEnginesTests
{
    private static ServiceProvider Provider(Action<IsmsOptions> configure) => new ServiceCollection().AddIsms(configure).Services.BuildServiceProvider();

    // ---- IsmsOptions.Readiness -> the registered ReadinessAnalyzer -------------------------------------------------

    /// <summary>Each interval, shortened below what ReadyIsms satisfies, and the finding that proves the analyzer used it.</summary>
    public static TheoryData<string, string> ReadinessIntervals() => new()
    {
        { nameof(ReadinessOptions.AuditInterval), ReadinessCodes.NoRecentInternalAudit }, // audit 2 months ago
        { nameof(ReadinessOptions.ManagementReviewInterval), ReadinessCodes.NoRecentManagementReview }, // review 1 month ago
        { nameof(ReadinessOptions.RiskReassessmentInterval), ReadinessCodes.RiskAssessmentStale }, // assessed 1 month ago
        { nameof(ReadinessOptions.AwarenessInterval), ReadinessCodes.AwarenessMissing }, // awareness 2 months ago
        { nameof(ReadinessOptions.MeasurementInterval), ReadinessCodes.NoRecentMeasurements }, // measured 1 month ago
    };

    [Theory]
    [MemberData(nameof(ReadinessIntervals))]
    public void Each_readiness_interval_reaches_the_registered_analyzer(string property, string code)
    {
        var twoWeeks = Period.FromDays(14);
        var shortened = property switch
        {
            nameof(ReadinessOptions.AuditInterval) => ReadinessOptions.Default with { AuditInterval = twoWeeks },
            nameof(ReadinessOptions.ManagementReviewInterval) => ReadinessOptions.Default with { ManagementReviewInterval = twoWeeks },
            nameof(ReadinessOptions.RiskReassessmentInterval) => ReadinessOptions.Default with { RiskReassessmentInterval = twoWeeks },
            nameof(ReadinessOptions.AwarenessInterval) => ReadinessOptions.Default with { AwarenessInterval = twoWeeks },
            _ => ReadinessOptions.Default with { MeasurementInterval = twoWeeks },
        };
        using var configured = Provider(o => o.Readiness = shortened);
        using var defaults = Provider(_ => { });

        var analyzer = configured.GetRequiredService<ReadinessAnalyzer>();

        Assert.Same(shortened, analyzer.Options);
        Assert.Contains(analyzer.Analyze(ReadyIsms.Create(), TestIsms.Today).Findings, f => f.Code == code);
        Assert.DoesNotContain(defaults.GetRequiredService<ReadinessAnalyzer>().Analyze(ReadyIsms.Create(), TestIsms.Today).Findings, f => f.Code == code);
    }

    [Fact]
    public void Every_readiness_option_is_covered_by_a_test_above()
    {
        var tested = ReadinessIntervals().Select(row => row.Data.Item1).Order(StringComparer.Ordinal);

        Assert.Equal(tested, PublicSettable(typeof(ReadinessOptions)));
    }

    [Fact]
    public void The_registered_analyzer_includes_the_risk_rules_and_reports_the_scorers_findings()
    {
        using var provider = Provider(_ => { });
        var builder = ReadyIsms.Builder();
        builder.Risks = builder.Risks.Replace(builder.Risks[0] with { Current = TestIsms.Assessment(4, 4) });
        var isms = builder.Build();

        var analyzer = provider.GetRequiredService<ReadinessAnalyzer>();
        var reported = analyzer.Analyze(isms, TestIsms.Today).Findings.Where(f => f.Code.StartsWith("ISMS-RISK-", StringComparison.Ordinal));

        Assert.Single(analyzer.Rules, r => r is RiskEvaluationRule);
        Assert.Equal(RegisterScorer.Score(isms, TestIsms.Today).Findings.Select(f => f.ToReadinessFinding()), reported);
        Assert.Contains(reported, f => f.Code == RiskFindingCodes.ResidualAboveAppetiteNotAccepted);
    }

    // ---- IsmsOptions.Evidence -> the registered evidence rules ---------------------------------------------------------

    [Fact]
    public void The_registered_analyzer_includes_the_evidence_rules_once_with_the_evidence_options()
    {
        var options = new Isms.Evidence.EvidenceOptions { NextAudit = new Isms.Evidence.UpcomingAudit(Isms.Certification.Deadlines.DeadlineKind.Surveillance, TestIsms.Today.PlusDays(300)) };
        using var provider = Provider(o => o.Evidence = options);
        var analyzer = provider.GetRequiredService<ReadinessAnalyzer>();

        Assert.Equal(
            ["AutomatedEvidenceRule", "ControlEvidenceRule", "ControlTestScheduleRule", "ObjectiveMeasurementRule", "PlannedChangeRule"],
            analyzer.Rules.Where(r => r.GetType().Namespace == "Isms.Evidence.Rules").Select(r => r.GetType().Name).Order(StringComparer.Ordinal));

        // Accepted evidence valid for 200 more days expires before an audit in 300 days: only the configured rule knows the audit.
        var item = new Isms.Core.Monitoring.EvidenceItem
        {
            Id = new Isms.Core.EvidenceItemId("EV1"),
            Title = "Policy approval",
            Artefact = new Isms.Core.Monitoring.ArtefactReference { Location = new Uri("https://evidence.example.com/1"), Sha256 = new string('0', 64) },
            CollectedAt = NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0),
            Period = new Isms.Core.Monitoring.EvidencePeriod(TestIsms.Today.PlusDays(-10), TestIsms.Today.PlusDays(-10)),
            ValidUntil = TestIsms.Today.PlusDays(200),
            CollectedBy = Isms.Core.Monitoring.EvidenceCollector.ByPerson(TestIsms.Ciso),
            Controls = [new Isms.Core.Catalogs.ControlId("5.1")],
            Acceptance = new Isms.Core.Monitoring.EvidenceAcceptance { AcceptedBy = TestIsms.Cto, AcceptedOn = TestIsms.Today },
        };
        var isms = ReadyIsms.Builder().AddEvidence(item).Build();

        var expiring = analyzer.Analyze(isms, TestIsms.Today).Findings.Where(f => f.Code == Isms.Evidence.EvidenceReadinessCodes.EvidenceExpiresBeforeAudit).ToList();
        using var defaults = Provider(_ => { });
        var withDefaults = defaults.GetRequiredService<ReadinessAnalyzer>().Analyze(isms, TestIsms.Today).Findings;

        Assert.Contains("EV1", Assert.Single(expiring).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(withDefaults, f => f.Code == Isms.Evidence.EvidenceReadinessCodes.EvidenceExpiresBeforeAudit);
    }

    // ---- IsmsOptions.Simulation -> the registered FairSimulator -----------------------------------------------------

    [Fact]
    public void The_simulation_options_are_the_registered_simulators_defaults_and_a_run_without_options_uses_them()
    {
        var options = new SimulationOptions { Iterations = 2_000, Seed = 42, Mode = SimulationMode.ExpectedLoss, ApplyControls = false, Percentiles = [0.5] };
        using var provider = Provider(o => o.Simulation = options);
        var simulator = provider.GetRequiredService<FairSimulator>();
        var set = new FairScenarioSet([FairScenario.FromAnnualRate(new("A"), "Alice steals the data", 0.8, 10_000, 1_000_000)]);

        var result = simulator.Simulate(set, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Same(options, simulator.Defaults); // an immutable record: every property, present and future, is there
        Assert.Equal((2_000, 42UL, SimulationMode.ExpectedLoss, false), (result.Iterations, result.Seed, result.Mode, result.ControlsApplied));
        Assert.Equal(simulator.Simulate(set, options, TestContext.Current.CancellationToken).Portfolio.Mean, result.Portfolio.Mean);
    }

    [Fact]
    public void Simulation_options_the_engine_refuses_are_refused_by_the_container_naming_the_option()
    {
        using var provider = Provider(o => o.Simulation = new SimulationOptions { Percentiles = [1.5] });

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<FairSimulator>());

        Assert.Contains(error.Failures, f => f.StartsWith("IsmsOptions.Simulation.Percentiles: ", StringComparison.Ordinal));
    }

    // ---- IsmsOptions.Documents -> the registered IsmsDocumentSerializer ---------------------------------------------

    private static readonly ControlCatalog Catalog = new("many", "Twenty controls", "tests",
        Enumerable.Range(1, 20).Select(i => new CatalogControl(new ControlId($"X.{i}"), "Organizational", $"Control number {i} with a fairly long title")));

    private static readonly byte[] Document = IsmsDocumentSerializer.Default.Serialize(Catalog);

    /// <summary>Each document option, set so that the registered serializer behaves differently from the default one.</summary>
    public static TheoryData<string> DocumentOptions() =>
        [nameof(IsmsDocumentOptions.MaxDepth), nameof(IsmsDocumentOptions.MaxDocumentBytes), nameof(IsmsDocumentOptions.MaxItemsPerCollection),
         nameof(IsmsDocumentOptions.MaxStringBytes), nameof(IsmsDocumentOptions.WriteIndented), nameof(IsmsDocumentOptions.CertificationBodyPolicy)];

    [Theory]
    [MemberData(nameof(DocumentOptions))]
    public void Each_document_option_reaches_the_registered_serializer(string option)
    {
        var documents = new IsmsDocumentOptions();
        var policy = new CertificationBodyPolicy { CertificationBodyName = "Documents CB" };
        switch (option)
        {
            case nameof(IsmsDocumentOptions.MaxDepth): documents.MaxDepth = 2; break;
            case nameof(IsmsDocumentOptions.MaxDocumentBytes): documents.MaxDocumentBytes = 1024; break;
            case nameof(IsmsDocumentOptions.MaxItemsPerCollection): documents.MaxItemsPerCollection = 1; break;
            case nameof(IsmsDocumentOptions.MaxStringBytes): documents.MaxStringBytes = 16; break;
            case nameof(IsmsDocumentOptions.WriteIndented): documents.WriteIndented = false; break;
            default: documents.CertificationBodyPolicy = policy; break;
        }

        using var provider = Provider(o =>
        {
            o.Documents = documents;
            o.CertificationBodyPolicy = new CertificationBodyPolicy { CertificationBodyName = "Lifecycle CB" };
        });
        var serializer = provider.GetRequiredService<IsmsDocumentSerializer>();
        Assert.True(Document.Length > 1024, "the test document must exceed the smallest size limit");

        switch (option)
        {
            case nameof(IsmsDocumentOptions.WriteIndented):
                Assert.DoesNotContain((byte)'\n', serializer.Serialize(Catalog).AsSpan().TrimEnd((byte)'\n').ToArray());
                break;
            case nameof(IsmsDocumentOptions.CertificationBodyPolicy):
                // The document options' policy wins over the lifecycle's.
                var lifecycle = new CertificationLifecycle(new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 1, 5, 9, 0)), policy);
                var record = lifecycle.Open(new Isms.Certification.Applications.CertificationApplication("Acme", "Widgets", 10, [new Isms.Certification.Applications.ApplicationSite("HQ", ["All"])], "Everything"));
                Assert.Equal("Documents CB", serializer.Deserialize<CertificationRecordDocument>(serializer.Serialize(record)).Policy.CertificationBodyName);
                break;
            default:
                Assert.ThrowsAny<IsmsException>(() => serializer.Deserialize<ControlCatalog>(Document));
                Assert.Equal(20, IsmsDocumentSerializer.Default.Deserialize<ControlCatalog>(Document).Controls.Length);
                break;
        }
    }

    [Fact]
    public void Every_document_option_is_covered_by_a_test_above()
    {
        Assert.Equal(DocumentOptions().Select(row => row.Data).Order(StringComparer.Ordinal), PublicSettable(typeof(IsmsDocumentOptions)));
    }

    [Fact]
    public void Filling_in_the_lifecycle_policy_leaves_the_callers_document_options_untouched()
    {
        var documents = new IsmsDocumentOptions { MaxDepth = 40, WriteIndented = false };
        using var provider = Provider(o => o.Documents = documents);

        _ = provider.GetRequiredService<IsmsDocumentSerializer>();

        Assert.Null(documents.CertificationBodyPolicy);
        Assert.Equal((40, false), (documents.MaxDepth, documents.WriteIndented));
    }

    private static IEnumerable<string> PublicSettable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name).Order(StringComparer.Ordinal);
}
