using BenchmarkDotNet.Attributes;
using Isms.Core;
using Isms.Core.Applicability;
using Isms.Core.Assets;
using Isms.Core.Catalogs;
using Isms.Core.Controls;
using Isms.Core.Leadership;
using Isms.Core.Organisation;
using Isms.Core.Readiness;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using NodaTime;

namespace Isms.Benchmarks;

/// <summary>
/// Building (validating every cross-reference) and analysing the readiness of an ISMS with N assets, N risks and
/// N applied controls over a 93-control catalog. Baseline: construction.
/// </summary>
[MemoryDiagnoser]
public class ReadinessBenchmarks
{
    private static readonly LocalDate Today = new(2026, 11, 28);
    private IsmsBuilder _builder = null!;
    private InformationSecurityManagementSystem _isms = null!;

    /// <summary>The number of assets, risks and applied controls.</summary>
    [Params(15, 500)]
    public int Size { get; set; }

    /// <summary>Creates the ISMS parts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var catalog = new ControlCatalog("bench", "Bench", "synthetic", Enumerable.Range(1, 93).Select(i => new CatalogControl(new ControlId($"C{i}"), $"T{i % 4}", $"Control {i}")));
        var scale = (string n) => new RiskScale(n, Enumerable.Range(1, 5).Select(i => new ScaleLevel($"{n}{i}", $"{n[0]}{i}", i, "", "#888888")));
        var cells = Enumerable.Range(1, 5).Select(l => (IReadOnlyList<int>)[.. Enumerable.Range(1, 5).Select(c => (l * c) switch { <= 4 => 1, <= 9 => 2, <= 16 => 3, _ => 4 })]).ToList();
        var levels = new[] { "Low", "Medium", "High", "Critical" }.Select(n => new RiskLevelDefinition(n, n[..1], "#888888", ""));
        var criteria = new RiskCriteria("bench", new RiskMatrix(scale("L"), scale("C"), levels, cells), new RiskLevel(2));
        var owner = new PersonId("owner");
        _builder = new IsmsBuilder
        {
            RiskCriteria = criteria,
            Profile = new OrganisationProfile { LegalName = "Bench", NatureOfActivities = "Bench", PersonsDoingWork = Size, Contact = new ContactDetails { Name = "x", Email = "x@example.test" } },
        };
        _builder.AddPerson(new Person { Id = owner, Name = "Owner" });
        for (var i = 0; i < Size; i++)
        {
            _builder.AddAsset(new Asset { Id = new AssetId($"A{i}"), Name = $"Asset {i}", Type = AssetType.Information, Owner = owner, Classification = new CiaClassification(SecurityLevel.High, SecurityLevel.High, SecurityLevel.High), DependsOn = i == 0 ? [] : [new AssetId($"A{i - 1}")] });
            _builder.AddAppliedControl(new AppliedControl { Id = new AppliedControlId($"AC{i}"), Name = $"Control {i}", Owner = owner, Status = ControlStatus.Implemented, Effect = new ControlEffect(1, 0), Implements = [new ControlId($"C{(i % 93) + 1}")] });
            _builder.AddRisk(new RiskScenario
            {
                Id = new RiskId($"R{i}"), Title = $"Risk {i}", Owner = owner, Threat = "t", Vulnerability = "v", Assets = [new AssetId($"A{i}")],
                Inherent = new RiskAssessment(new LikelihoodLevel(4), new ConsequenceLevel(4), Today.PlusMonths(-2)),
                Current = new RiskAssessment(new LikelihoodLevel((i % 5) + 1), new ConsequenceLevel(3), Today.PlusMonths(-1)),
                Treatment = TreatmentOption.Modify, AppliedControls = [new AppliedControlId($"AC{i}")], IdentifiedOn = Today.PlusYears(-1),
            });
        }

        _builder.StatementOfApplicability = new StatementOfApplicability(catalog, catalog.Controls.Select(c => SoaDecision.Include(c.Id, ImplementationStatus.Implemented, InclusionReason.BestPractice)));
        _isms = _builder.Build();
    }

    /// <summary>Builds the ISMS: validates every cross-reference.</summary>
    [Benchmark(Baseline = true)]
    public InformationSecurityManagementSystem Build() => _builder.Build();

    /// <summary>Runs the built-in readiness rules.</summary>
    [Benchmark]
    public ReadinessReport Analyze() => ReadinessAnalyzer.Default.Analyze(_isms, Today);
}
