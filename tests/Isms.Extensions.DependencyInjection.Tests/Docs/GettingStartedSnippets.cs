using Isms.Certification.Applications;
using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Core.Assets;
using Isms.Core.Controls;
using Isms.Core.Leadership;
using Isms.Core.Organisation;
using Isms.Core.Readiness;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Extensions.DependencyInjection;
using Isms.Risk.Presets;
using Isms.Risk.Scoring;
using Isms.Serialization.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Isms.Extensions.DependencyInjection.Tests.Docs;

/// <summary>
/// The code of docs/getting-started.md and README.md. Each #region is copied verbatim into the docs (a test checks
/// they are equal), and the tests run every region, so a snippet that no longer compiles or works fails the build.
/// </summary>
internal static class GettingStartedSnippets
{
    public static InformationSecurityManagementSystem Build(LocalDate today)
    {
        #region build
        var ciso = new PersonId("ciso");
        var isms = new IsmsBuilder
        {
            Profile = new OrganisationProfile
            {
                LegalName = "Northwind Traders Ltd",
                NatureOfActivities = "Online sale of specialty foods",
                PersonsDoingWork = 40,
                Contact = new ContactDetails { Name = "Casey Ciso", Email = "ciso@northwind.example" },
            },
            RiskCriteria = RiskMatrixPresets.Common5x5(acceptanceLevel: 2), // clause 6.1.2 a
        }
            .AddPerson(new Person { Id = ciso, Name = "Casey Ciso", JobTitle = "CISO" })
            .AddAsset(new Asset
            {
                Id = new AssetId("orders-db"),
                Name = "Orders database",
                Type = AssetType.Information,
                Owner = ciso,
                Classification = new CiaClassification(SecurityLevel.High, SecurityLevel.High, SecurityLevel.Medium),
            })
            .AddAppliedControl(new AppliedControl
            {
                Id = new AppliedControlId("backups"),
                Name = "Immutable daily backups",
                Owner = ciso,
                Status = ControlStatus.Implemented,
                Effect = new ControlEffect(likelihoodReduction: 0, consequenceReduction: 2),
                Implements = [new("8.13")], // Annex A 8.13 Information backup
            })
            .AddRisk(new RiskScenario
            {
                Id = new RiskId("R-01"),
                Title = "Ransomware encrypts the orders database",
                Owner = ciso,
                Assets = [new AssetId("orders-db")],
                Threat = "Criminal group",
                Vulnerability = "Unpatched VPN appliance",
                Inherent = new RiskAssessment(new LikelihoodLevel(4), new ConsequenceLevel(5), today),
                Treatment = TreatmentOption.Modify,
                AppliedControls = [new AppliedControlId("backups")],
                IdentifiedOn = today,
            })
            .Build(); // validates every reference; throws IsmsException with a stable code
        #endregion
        return isms;
    }

    public static string Score(InformationSecurityManagementSystem isms, LocalDate today)
    {
        using var output = new StringWriter();
        #region score
        var scored = RegisterScorer.Score(isms, today);
        foreach (var risk in scored.Risks)
        {
            output.WriteLine($"{risk.Id}: inherent {risk.Score.Inherent.LevelName}, residual {risk.Score.Residual.LevelName}");
        }

        var readiness = ReadinessAnalyzer.Default.WithRule(new RiskEvaluationRule()).Analyze(isms, today);
        output.WriteLine($"Readiness: {readiness.Status}, {readiness.Findings.Length} findings");
        foreach (var finding in readiness.Findings.Take(3))
        {
            output.WriteLine(finding); // e.g. [Blocking] RDY-... 4.3: The ISMS scope is not determined.
        }
        #endregion
        return output.ToString();
    }

    public static CertificationRecord Certify(InformationSecurityManagementSystem isms, IClock clock)
    {
        #region certify
        var lifecycle = new CertificationLifecycle(clock); // CertificationBodyPolicy.Default unless you pass one
        var application = new CertificationApplication(
            isms.Profile.LegalName,
            isms.Profile.NatureOfActivities,
            isms.Profile.PersonsDoingWork,
            [new ApplicationSite("Head office", ["Sales", "IT"], isCentralFunction: true)],
            "The ISMS supporting the online shop");
        var record = lifecycle.Open(application);
        var today = clock.GetCurrentInstant().InUtc().Date;
        var reviewer = new PersonId("cb.reviewer"); // the certification body's person who reviews and records
        record = lifecycle.Fire(record, CertificationTriggers.AcceptApplication, new ApplicationReview(today, reviewer), reviewer);

        foreach (var step in lifecycle.NextSteps(record))
        {
            // Each trigger says whether it is permitted now and, if not, which guards block it.
            Console.WriteLine($"{step.Trigger}: {(step.IsPermitted ? "permitted" : string.Join("; ", step.UnmetGuards))}");
        }
        #endregion
        return record;
    }

    public static IsmsDocumentDirectory Embed(string folder)
    {
        #region embed
        var services = new ServiceCollection();
        services.AddIsms(options => options.CertificationBodyPolicy = new CertificationBodyPolicy { DaysToCloseMajors = 60 })
            .AddFileStore(folder);

        using var provider = services.BuildServiceProvider();
        var lifecycle = provider.GetRequiredService<CertificationLifecycle>(); // uses the registered IClock
        var readiness = provider.GetRequiredService<ReadinessAnalyzer>();
        var documents = provider.GetRequiredService<IsmsDocumentDirectory>(); // crash-safe, version-checked files
        #endregion
        _ = lifecycle;
        _ = readiness;
        return documents;
    }

    public static ControlCatalogSave Save(IsmsDocumentDirectory documents)
    {
        #region save
        var catalog = Isms.Core.Catalogs.AnnexA.Iso27001_2022;
        var version = documents.Save("annex-a-2022.json", catalog, DocumentVersion.None); // new document
        var loaded = documents.Load<Isms.Core.Catalogs.ControlCatalog>("annex-a-2022.json"); // verified on read
        documents.Save("annex-a-2022.json", loaded.Document, loaded.Version); // a stale version would fail
        #endregion
        return new ControlCatalogSave(version, loaded.Document.Controls.Length);
    }

    public static string Readme()
    {
        using var output = new StringWriter();
        var Console = output;
        #region readme
        var today = new LocalDate(2026, 11, 28);
        var ciso = new PersonId("ciso");
        var isms = new IsmsBuilder
        {
            Profile = new OrganisationProfile { LegalName = "Northwind Traders Ltd", NatureOfActivities = "Online retail", PersonsDoingWork = 40,
                Contact = new ContactDetails { Name = "Casey Ciso", Email = "ciso@northwind.example" } },
            RiskCriteria = RiskMatrixPresets.Common5x5(acceptanceLevel: 2),
        }
            .AddPerson(new Person { Id = ciso, Name = "Casey Ciso" })
            .AddAsset(new Asset { Id = new AssetId("orders-db"), Name = "Orders database", Type = AssetType.Information, Owner = ciso,
                Classification = new CiaClassification(SecurityLevel.High, SecurityLevel.High, SecurityLevel.Medium) })
            .AddRisk(new RiskScenario { Id = new RiskId("R-01"), Title = "Ransomware", Owner = ciso, Assets = [new AssetId("orders-db")],
                Threat = "Criminal group", Vulnerability = "Unpatched VPN", Treatment = TreatmentOption.Modify, IdentifiedOn = today,
                Inherent = new RiskAssessment(new LikelihoodLevel(4), new ConsequenceLevel(5), today) })
            .Build();

        var risk = RegisterScorer.Score(isms, today).Risks[0];
        var readiness = ReadinessAnalyzer.Default.WithRule(new RiskEvaluationRule()).Analyze(isms, today);
        Console.WriteLine($"{risk.Id}: {risk.Score.Inherent.LevelName}; readiness {readiness.Status} ({readiness.Findings.Length} findings)");
        #endregion
        return output.ToString();
    }
}

/// <summary>What the save snippet returns to its test.</summary>
internal sealed record ControlCatalogSave(DocumentVersion Version, int Controls);
