using BenchmarkDotNet.Attributes;
using Isms.Core;
using Isms.Core.Assets;
using Isms.Core.Catalogs;
using Isms.Core.Controls;
using Isms.Core.Leadership;
using Isms.Core.Organisation;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using NodaTime;

namespace Isms.Benchmarks;

/// <summary>
/// Building a large ISMS (issue 12): <see cref="IsmsBuilder.Build"/> on <c>Assets</c> assets and five times as many risks,
/// each risk naming an owner, an asset and an applied control, each asset an owner and the asset before it. Build
/// validates every reference with one dictionary lookup, so its time grows linearly with the size (10x the entities,
/// about 10x the time). Baseline: a straightforward validator that checks the same references by scanning the lists
/// (<c>List.Exists</c> per reference, as a naive implementation would), which grows with assets x risks.
/// </summary>
[MemoryDiagnoser]
public class IsmsBuildBenchmarks
{
    private static readonly LocalDate Today = new(2026, 11, 28);

    private RiskCriteria _criteria = null!;
    private OrganisationProfile _profile = null!;
    private Person[] _people = null!;
    private Asset[] _assets = null!;
    private AppliedControl[] _controls = null!;
    private RiskScenario[] _risks = null!;

    /// <summary>The number of assets; the register holds five times as many risks.</summary>
    [Params(1_000, 10_000)]
    public int Assets { get; set; }

    /// <summary>Creates the entities (not measured).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var scale = (string n) => new RiskScale(n, Enumerable.Range(1, 5).Select(i => new ScaleLevel($"{n}{i}", $"{n[0]}{i}", i, "", "#888888")));
        var cells = Enumerable.Range(1, 5).Select(l => (IReadOnlyList<int>)[.. Enumerable.Range(1, 5).Select(c => (l * c) switch { <= 4 => 1, <= 9 => 2, <= 16 => 3, _ => 4 })]).ToList();
        var levels = new[] { "Low", "Medium", "High", "Critical" }.Select(n => new RiskLevelDefinition(n, n[..1], "#888888", ""));
        _criteria = new RiskCriteria("bench", new RiskMatrix(scale("L"), scale("C"), levels, cells), new RiskLevel(2));
        _profile = new OrganisationProfile { LegalName = "Bench", NatureOfActivities = "Bench", PersonsDoingWork = 500, Contact = new ContactDetails { Name = "x", Email = "x@example.test" } };
        _people = [.. Enumerable.Range(0, 50).Select(i => new Person { Id = new PersonId($"P{i}"), Name = $"Person {i}" })];
        _controls = [.. Enumerable.Range(0, 100).Select(i => new AppliedControl { Id = new AppliedControlId($"AC{i}"), Name = $"Control {i}", Owner = _people[i % _people.Length].Id, Status = ControlStatus.Implemented, Effect = new ControlEffect(1, 0), Implements = [new ControlId("5.15")] })];
        _assets = [.. Enumerable.Range(0, Assets).Select(i => new Asset
        {
            Id = new AssetId($"A{i}"),
            Name = $"Asset {i}",
            Type = AssetType.Information,
            Owner = _people[i % _people.Length].Id,
            Classification = new CiaClassification(SecurityLevel.High, SecurityLevel.Medium, SecurityLevel.Low),
            DependsOn = i == 0 ? [] : [new AssetId($"A{i - 1}")],
        })];
        _risks = [.. Enumerable.Range(0, Assets * 5).Select(j => new RiskScenario
        {
            Id = new RiskId($"R{j}"),
            Title = $"Risk {j}",
            Owner = _people[j % _people.Length].Id,
            Threat = "t",
            Vulnerability = "v",
            Assets = [new AssetId($"A{j % Assets}")],
            Inherent = new RiskAssessment(new LikelihoodLevel((j % 5) + 1), new ConsequenceLevel(4), Today.PlusMonths(-2)),
            Treatment = TreatmentOption.Modify,
            AppliedControls = [new AppliedControlId($"AC{j % _controls.Length}")],
            IdentifiedOn = Today.PlusYears(-1),
        })];
    }

    /// <summary>The reference: the same references checked by scanning lists (quadratic).</summary>
    /// <returns>The number of broken references (0).</returns>
    [Benchmark(Baseline = true)]
    public int NestedScanValidation()
    {
        var people = _people.ToList();
        var assets = _assets.ToList();
        var controls = _controls.ToList();
        var broken = 0;
        foreach (var asset in assets)
        {
            broken += people.Exists(p => p.Id == asset.Owner) ? 0 : 1;
            foreach (var dependency in asset.DependsOn)
            {
                broken += assets.Exists(a => a.Id == dependency) ? 0 : 1;
            }
        }

        foreach (var risk in _risks)
        {
            broken += people.Exists(p => p.Id == risk.Owner) ? 0 : 1;
            foreach (var asset in risk.Assets)
            {
                broken += assets.Exists(a => a.Id == asset) ? 0 : 1;
            }

            foreach (var control in risk.AppliedControls)
            {
                broken += controls.Exists(c => c.Id == control) ? 0 : 1;
            }
        }

        return broken;
    }

    /// <summary>The registers made from the entities and the ISMS built: every reference and rule validated.</summary>
    /// <returns>The ISMS.</returns>
    [Benchmark]
    public InformationSecurityManagementSystem Build() => new IsmsBuilder
    {
        Profile = _profile,
        RiskCriteria = _criteria,
        People = Register<PersonId, Person>.Of(_people),
        Assets = Register<AssetId, Asset>.Of(_assets),
        AppliedControls = Register<AppliedControlId, AppliedControl>.Of(_controls),
        Risks = RiskRegister.Of(_risks),
    }.Build();
}
