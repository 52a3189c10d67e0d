// A consumer of the packed packages: if a package misses a dependency or an asset, this fails to build or run.
// It wires everything through AddIsms, as an application would, and makes each engine do real work.
using Isms.Certification.AuditTime;
using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Core.Assets;
using Isms.Core.Catalogs;
using Isms.Core.Leadership;
using Isms.Core.Organisation;
using Isms.Core.Readiness;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Extensions.DependencyInjection;
using Isms.Risk.Presets;
using Isms.Risk.Quantitative;
using Isms.Risk.Scoring;
using Isms.Serialization.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

var folder = Path.Combine(Path.GetTempPath(), "isms-consumer-" + Guid.NewGuid().ToString("N"));
var custom = new ControlCatalog("consumer", "Consumer catalog", "consumer test", [new CatalogControl(new ControlId("C.1"), "Demo", "A control")]);

using var provider = new ServiceCollection()
    .AddIsms(o => o.Simulation = new SimulationOptions { Iterations = 2_000, Seed = 7 })
    .AddCatalog(custom)
    .AddFileStore(folder)
    .Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

var today = provider.GetRequiredService<IClock>().GetCurrentInstant().InUtc().Date;
var catalogs = provider.GetRequiredService<ControlCatalogSet>();
Check(catalogs[AnnexA.Iso27001_2022_Id].Controls.Length == 93 && catalogs["consumer"] == custom, "catalog set");

// Isms.Core + Isms.Risk: a minimal ISMS, scored and analysed.
var ciso = new PersonId("ciso");
var isms = new IsmsBuilder
{
    Profile = new OrganisationProfile
    {
        LegalName = "Consumer Ltd",
        NatureOfActivities = "Software",
        PersonsDoingWork = 12,
        Contact = new ContactDetails { Name = "CISO", Email = "ciso@consumer.test" },
    },
    RiskCriteria = RiskMatrixPresets.Common5x5(),
}
    .AddPerson(new Person { Id = ciso, Name = "Casey" })
    .AddAsset(new Asset { Id = new AssetId("crm"), Name = "CRM", Type = AssetType.Information, Owner = ciso, Classification = new CiaClassification(SecurityLevel.High, SecurityLevel.High, SecurityLevel.Medium) })
    .AddRisk(new RiskScenario
    {
        Id = new RiskId("R1"),
        Title = "Ransomware",
        Owner = ciso,
        Assets = [new AssetId("crm")],
        Threat = "Criminals",
        Vulnerability = "Unpatched VPN",
        Inherent = new RiskAssessment(new LikelihoodLevel(4), new ConsequenceLevel(5), today),
        Treatment = TreatmentOption.Modify,
        IdentifiedOn = today,
    })
    .Build();
var scored = RegisterScorer.Score(isms, today);
var readiness = provider.GetRequiredService<ReadinessAnalyzer>().Analyze(isms, today);
Check(scored.Risks.Length == 1 && readiness.Findings.Length > 0, "scoring and readiness");

// Isms.Risk quantitative, Isms.Certification (Stateless inside), Isms.Serialization (System.Text.Json inside).
var simulation = provider.GetRequiredService<FairSimulator>().SimulateScenario(
    FairScenario.FromAnnualRate(new FairScenarioId("S1"), "Ransomware", 0.3, 50_000, 2_000_000),
    provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<IsmsOptions>>().Value.Simulation);
var days = provider.GetRequiredService<AuditTimeCalculator>().Calculate(12).InitialDays;
var graph = provider.GetRequiredService<CertificationLifecycle>().ToMermaid();
var directory = provider.GetRequiredService<IsmsDocumentDirectory>();
directory.Save("consumer.catalog.json", custom, DocumentVersion.None);
var reloaded = directory.Load<ControlCatalog>("consumer.catalog.json").Document;
Directory.Delete(folder, recursive: true);
Check(simulation.Iterations == 2_000 && days > 0 && graph.Contains("stateDiagram", StringComparison.Ordinal) && reloaded.Id == "consumer", "engines");

// Isms.Reports (Open XML SDK inside): a heat map streamed to memory.
using (var svg = new MemoryStream())
{
    await Isms.Reports.RiskHeatMapSvgWriter.WriteAsync(scored, [RiskStage.Inherent, RiskStage.Residual], isms.Profile.LegalName, svg);
    Check(svg.Length > 0 && Isms.Reports.SoaWorkbookWriter.Header.Length == 9, "reports");
}

try
{
    throw new IsmsException(new IsmsError("CONSUMER-001", "exception type is usable") { EntityKind = "Consumer", Member = "Code" });
}
catch (IsmsException ex) when (ex.Code == "CONSUMER-001" && ex.Error.Member == "Code")
{
    Console.WriteLine($"ok: {catalogs.Catalogs.Length} catalogs, {scored.Risks.Length} risk scored, {readiness.Findings.Length} readiness findings, {days} auditor-days, {simulation.Iterations} iterations");
}

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine($"consumer: {what} failed");
        Environment.Exit(1);
    }
}
