using Isms.Core;
using Isms.Core.Applicability;
using Isms.Core.Assets;
using Isms.Core.Catalogs;
using Isms.Core.Controls;
using Isms.Core.Leadership;
using Isms.Core.Organisation;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using NodaTime;

namespace Isms.Core.Tests.TestData;

/// <summary>Small, valid building blocks for tests: a 5x5 criteria, a 6-control catalog, a minimal ISMS.</summary>
internal static class TestIsms
{
    public static readonly LocalDate Today = new(2026, 11, 28);

    public static readonly PersonId Ciso = new("ciso");
    public static readonly PersonId Cto = new("cto");
    public static readonly PersonId Auditor = new("auditor");

    public static RiskCriteria Criteria { get; } = CreateCriteria();

    public static ControlCatalog Catalog { get; } = new(
        "test-catalog",
        "Test catalog",
        "unit tests",
        [
            new CatalogControl(new ControlId("5.1"), "Organizational", "Policies for information security"),
            new CatalogControl(new ControlId("5.15"), "Organizational", "Access control"),
            new CatalogControl(new ControlId("6.3"), "People", "Information security awareness, education and training"),
            new CatalogControl(new ControlId("7.4"), "Physical", "Physical security monitoring"),
            new CatalogControl(new ControlId("8.5"), "Technological", "Secure authentication"),
            new CatalogControl(new ControlId("8.13"), "Technological", "Information backup"),
        ]);

    public static RiskCriteria CreateCriteria()
    {
        static RiskScale Scale(string name) => new(
            name,
            Enumerable.Range(1, 5).Select(i => new ScaleLevel($"{name} {i}", $"{name[0]}{i}", i, $"level {i}", "#888888")));
        var levels = new[]
        {
            new RiskLevelDefinition("Low", "L", "#16a34a", "accept"),
            new RiskLevelDefinition("Medium", "M", "#facc15", "monitor"),
            new RiskLevelDefinition("High", "H", "#f97316", "treat"),
            new RiskLevelDefinition("Critical", "C", "#dc2626", "treat now"),
        };
        var cells = Enumerable.Range(1, 5)
            .Select(l => (IReadOnlyList<int>)Enumerable.Range(1, 5).Select(c => (l * c) switch { <= 4 => 1, <= 9 => 2, <= 16 => 3, _ => 4 }).ToArray())
            .ToArray();
        return new RiskCriteria("Test 5x5", new RiskMatrix(Scale("Likelihood"), Scale("Consequence"), levels, cells), new RiskLevel(2));
    }

    public static RiskAssessment Assessment(int likelihood, int consequence, LocalDate? on = null) =>
        new(new LikelihoodLevel(likelihood), new ConsequenceLevel(consequence), on ?? Today.PlusMonths(-1));

    public static Person Person(PersonId id, string name) => new() { Id = id, Name = name };

    public static Asset Asset(string id, params string[] dependsOn) => new()
    {
        Id = new AssetId(id),
        Name = "Asset " + id,
        Type = AssetType.Information,
        Owner = Cto,
        Classification = new CiaClassification(SecurityLevel.High, SecurityLevel.High, SecurityLevel.Medium),
        DependsOn = [.. dependsOn.Select(d => new AssetId(d))],
    };

    public static AppliedControl Control(string id, params string[] implements) => new()
    {
        Id = new AppliedControlId(id),
        Name = "Control " + id,
        Owner = Cto,
        Status = ControlStatus.Implemented,
        Effect = new ControlEffect(1, 0),
        Implements = [.. implements.Select(c => new ControlId(c))],
    };

    public static RiskScenario Risk(string id, params string[] assets) => new()
    {
        Id = new RiskId(id),
        Title = "Risk " + id,
        Owner = Ciso,
        Assets = [.. assets.Select(a => new AssetId(a))],
        Threat = "Threat",
        Vulnerability = "Vulnerability",
        Inherent = Assessment(4, 4),
        Current = Assessment(2, 2),
        Treatment = TreatmentOption.Modify,
        IdentifiedOn = Today.PlusMonths(-6),
    };

    public static OrganisationProfile Profile() => new()
    {
        LegalName = "Test Ltd",
        NatureOfActivities = "Testing",
        PersonsDoingWork = 10,
        Contact = new ContactDetails { Name = "CISO", Email = "ciso@example.test" },
        Sites = Register<SiteId, Site>.Of(new Site { Id = new SiteId("HQ"), Name = "HQ", Address = "1 Test Street" }),
    };

    /// <summary>A minimal valid ISMS: three people, two assets, one control, one risk, a complete SoA.</summary>
    public static IsmsBuilder Builder() => new IsmsBuilder { Profile = Profile(), RiskCriteria = Criteria }
        .AddPerson(Person(Ciso, "Chris Ciso"), Person(Cto, "Tara Cto"), Person(Auditor, "Ann Auditor"))
        .AddAsset(Asset("A1"), Asset("A2", "A1"))
        .AddAppliedControl(Control("AC1", "5.15", "8.5"))
        .AddRisk(Risk("R1", "A1", "A2") with { AppliedControls = [new AppliedControlId("AC1")] });

    public static StatementOfApplicability CompleteSoa(SoaVersion? version = null) => new(
        Catalog,
        Catalog.Controls.Select(c => c.Id.Value == "7.4"
            ? SoaDecision.Exclude(c.Id, ExclusionReason.ActivityNotPerformed, "No premises of our own.")
            : SoaDecision.Include(c.Id, ImplementationStatus.Implemented, InclusionReason.BestPractice) with { Evidence = [new EvidenceReference { Description = "Evidence for " + c.Id }] }),
        version);
}
