using System.Globalization;
using Isms.Core;
using Isms.Core.Applicability;
using Isms.Core.Assets;
using Isms.Core.Catalogs;
using Isms.Core.Controls;
using Isms.Core.Improvement;
using Isms.Core.Leadership;
using Isms.Core.Organisation;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Presets;
using NodaTime;

namespace Isms.Benchmarks;

/// <summary>
/// Builds the large ISMS of issue 7's benchmark, deterministically (no randomness: every value follows from its
/// index), through <see cref="IsmsBuilder"/> so the domain validates it: 10,000 assets, 50,000 risks, a full SoA on
/// ISO/IEC 27001:2022 Annex A (all 93 controls decided), 1,000 nonconformities, plus what such a model needs to be
/// valid: 3 sites, 20 roles, 500 people, 400 applied controls (each implementing Annex A controls, with evidence),
/// 2,000 risk treatment actions and the 5x5 risk criteria preset.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class LargeIsmsGenerator
{
    /// <summary>Assets in the generated ISMS.</summary>
    public const int AssetCount = 10_000;

    /// <summary>Risks in the generated ISMS.</summary>
    public const int RiskCount = 50_000;

    /// <summary>Nonconformities in the generated ISMS.</summary>
    public const int NonconformityCount = 1_000;

    /// <summary>People in the generated ISMS.</summary>
    public const int PersonCount = 500;

    /// <summary>Roles in the generated ISMS.</summary>
    public const int RoleCount = 20;

    /// <summary>Applied controls in the generated ISMS.</summary>
    public const int AppliedControlCount = 400;

    /// <summary>Risk treatment actions in the generated ISMS.</summary>
    public const int TreatmentActionCount = 2_000;

    private static readonly LocalDate Today = new(2026, 11, 28);

    private static readonly AssetType[] AssetTypes = Enum.GetValues<AssetType>();

    private static readonly SecurityLevel[] Levels = Enum.GetValues<SecurityLevel>();

    private static readonly NonconformitySource[] Sources = Enum.GetValues<NonconformitySource>();

    private static readonly string[] Threats =
    [
        "Organised cybercrime (ransomware operators)", "Malicious insider with privileged access", "Phishing campaign against staff",
        "Supplier compromise in the software supply chain", "Power outage at the primary data centre", "Accidental deletion by an administrator",
        "Credential stuffing against customer accounts", "Theft of a laptop from a vehicle",
    ];

    private static readonly string[] Vulnerabilities =
    [
        "Flat network without segmentation, backups reachable online", "Shared administrator accounts without MFA",
        "Unpatched internet-facing services older than 30 days", "No review of third-party access rights",
        "Single power feed without generator test", "No four-eyes principle for destructive changes",
    ];

    /// <summary>Builds the ISMS (a few seconds: it is validated as a whole by <see cref="IsmsBuilder.Build"/>).</summary>
    public static InformationSecurityManagementSystem Create()
    {
        var sites = Register<SiteId, Site>.Of(Enumerable.Range(1, 3).Select(i => new Site
        {
            Id = Id<SiteId>("SITE-", i, s => new SiteId(s)),
            Name = Text($"Site {i}"),
            Address = Text($"{i} Harbour Street, 2000{i} Hamburg"),
            Processes = ["Operations", "Software development"],
            Persons = 400 + i,
            IsCentralFunction = i == 1,
        }));
        var builder = new IsmsBuilder
        {
            Profile = new OrganisationProfile
            {
                LegalName = "Benchmark Payments GmbH",
                TradingName = "BenchPay",
                NatureOfActivities = "Card payment processing and settlement for online merchants",
                PersonsDoingWork = 1_210,
                Sites = sites,
                Contact = new ContactDetails { Name = "Chief Information Security Officer", Email = "ciso@benchpay.example" },
                Website = new Uri("https://benchpay.example"),
            },
            RiskCriteria = RiskMatrixPresets.Common5x5(acceptanceLevel: 2),
        };

        builder.Roles = Register<RoleId, Role>.Of(Enumerable.Range(1, RoleCount).Select(i => new Role
        {
            Id = RoleOf(i),
            Name = Text($"Role {i}: information security coordinator"),
            Responsibilities = ["Maintain the risk register entries of the department", "Report incidents within one hour"],
            Authorities = ["Stop a change that breaks a security policy"],
            EnsuresConformity = i == 1,
            ReportsPerformance = i <= 2,
        }));
        builder.People = Register<PersonId, Person>.Of(Enumerable.Range(1, PersonCount).Select(i => new Person
        {
            Id = PersonOf(i),
            Name = Text($"Person {i} Example"),
            JobTitle = i % 3 == 0 ? "Engineer" : "Analyst",
            Email = Text($"person{i}@benchpay.example"),
            Roles = [RoleOf(((i - 1) % RoleCount) + 1)],
            IsTopManagement = i <= 5,
        }));
        builder.Assets = Register<AssetId, Asset>.Of(Enumerable.Range(1, AssetCount).Select(i => new Asset
        {
            Id = AssetOf(i),
            Name = Text($"Asset {i}: customer payment database replica"),
            Type = AssetTypes[i % AssetTypes.Length],
            Owner = PersonOf((i % PersonCount) + 1),
            Site = Id<SiteId>("SITE-", (i % 3) + 1, s => new SiteId(s)),
            Location = i % 2 == 0 ? "eu-central-1" : null,
            Classification = new CiaClassification(Levels[i % Levels.Length], Levels[(i + 1) % Levels.Length], Levels[(i + 2) % Levels.Length]),
            DependsOn = i % 4 == 0 ? [AssetOf(i - 1)] : [],
            Description = i % 2 == 1 ? Text($"Holds the card-holder data of merchant segment {i % 97}") : null,
        }));

        var annexA = AnnexA.Iso27001_2022;
        var controls = annexA.Controls;
        builder.AppliedControls = Register<AppliedControlId, AppliedControl>.Of(Enumerable.Range(1, AppliedControlCount).Select(i => new AppliedControl
        {
            Id = ControlOf(i),
            Name = Text($"Applied control {i}: hardened configuration baseline"),
            Description = i % 2 == 0 ? "Configuration enforced by policy-as-code and checked daily" : null,
            Owner = PersonOf((i % PersonCount) + 1),
            Status = ControlStatus.Implemented,
            Effectiveness = new Percentage(50 + (i % 40)),
            Effect = new ControlEffect(i % 2, (i + 1) % 2),
            Evidence = [new EvidenceReference { Description = Text($"Configuration export {i}"), Location = "s3://evidence/config", CollectedOn = Today.PlusDays(-(i % 90)) }],
            Implements = i % 3 == 0
                ? [controls[i % controls.Length].Id, controls[(i + 1) % controls.Length].Id]
                : [controls[i % controls.Length].Id],
        }));

        builder.Risks = RiskRegister.Of(Enumerable.Range(1, RiskCount).Select(Risk));

        builder.StatementOfApplicability = new StatementOfApplicability(
            annexA,
            controls.Select((c, i) => i % 31 == 30
                ? SoaDecision.Exclude(c.Id, ExclusionReason.ActivityNotPerformed, "The organisation performs no activity this control addresses.")
                : SoaDecision.Include(c.Id, ImplementationStatus.Implemented, InclusionReason.RiskTreatment, InclusionReason.BestPractice) with
                {
                    Risks = [RiskOf((i * 37) + 1), RiskOf((i * 37) + 2)],
                    AppliedControls = [.. Enumerable.Range(1, AppliedControlCount).Where(a => a % controls.Length == i).Take(3).Select(ControlOf)],
                    Evidence = [new EvidenceReference { Description = Text($"Evidence for {c.Id}") }],
                }),
            new SoaVersion { Version = "3.1", ApprovedBy = PersonOf(1), ApprovedOn = Today.PlusMonths(-2), ChangeSummary = "Annual review" });

        builder.TreatmentPlan = new RiskTreatmentPlan
        {
            Actions = Register<TreatmentActionId, TreatmentAction>.Of(Enumerable.Range(1, TreatmentActionCount).Select(i => new TreatmentAction
            {
                Id = Id<TreatmentActionId>("TA-", i, s => new TreatmentActionId(s)),
                Title = Text($"Treatment action {i}: segment the payment network"),
                Owner = PersonOf((i % PersonCount) + 1),
                Due = Today.PlusDays(i % 365),
                Status = i % 4 == 0 ? TreatmentActionStatus.Done : TreatmentActionStatus.InProgress,
                CompletedOn = i % 4 == 0 ? Today.PlusDays(-(i % 30)) : null,
                Resources = i % 2 == 0 ? "Two engineers for one sprint" : null,
                Risks = [RiskOf((i * 25) % RiskCount + 1)],
                Controls = [ControlOf((i % AppliedControlCount) + 1)],
            })),
            ApprovedBy = PersonOf(1),
            ApprovedOn = Today.PlusMonths(-1),
        };

        builder.Nonconformities = Register<NonconformityId, Nonconformity>.Of(Enumerable.Range(1, NonconformityCount).Select(Nonconformity));
        return builder.Build();
    }

    private static RiskScenario Risk(int i)
    {
        var first = (i % AssetCount) + 1;
        var second = ((i * 7) + 3) % AssetCount + 1;
        var inherent = new RiskAssessment(new LikelihoodLevel((i % 5) + 1), new ConsequenceLevel(((i / 5) % 5) + 1), Today.PlusDays(-(i % 400)));
        var current = new RiskAssessment(new LikelihoodLevel(Math.Max(1, inherent.Likelihood.Value - 1)), inherent.Consequence, Today.PlusDays(-(i % 200)));
        var retained = i % 10 == 0;
        return new RiskScenario
        {
            Id = RiskOf(i),
            Title = Text($"Risk {i}: ransomware encrypts the payment database and its backups"),
            Owner = PersonOf((i % PersonCount) + 1),
            Assets = first == second ? [AssetOf(first)] : [AssetOf(first), AssetOf(second)],
            Threat = Threats[i % Threats.Length],
            Vulnerability = Vulnerabilities[i % Vulnerabilities.Length],
            Inherent = inherent,
            Current = current,
            Residual = i % 2 == 0 ? new RiskAssessment(new LikelihoodLevel(1), current.Consequence, Today.PlusDays(-(i % 100))) : null,
            Treatment = retained ? TreatmentOption.Retain : TreatmentOption.Modify,
            PlannedControls = i % 5 == 0 ? [ControlOf(((i + 1) % AppliedControlCount) + 1)] : [],
            AppliedControls = [ControlOf((i % AppliedControlCount) + 1)],
            Acceptance = retained
                ? new RiskAcceptance { AcceptedBy = PersonOf((i % PersonCount) + 1), AcceptedOn = Today.PlusDays(-(i % 60)), Rationale = "Within the risk appetite approved by the board", ExpiresOn = Today.PlusYears(1), AcceptedAssessment = current }
                : null,
            IdentifiedOn = Today.PlusDays(-400 - (i % 300)),
        };
    }

    private static Nonconformity Nonconformity(int i)
    {
        var closed = i % 3 == 0;
        var owner = PersonOf((i % PersonCount) + 1);
        return new Nonconformity
        {
            Id = Id<NonconformityId>("NC-", i, s => new NonconformityId(s)),
            Description = Text($"Nonconformity {i}: access review of the payment platform not performed in the quarter"),
            Source = Sources[i % Sources.Length],
            Grade = i % 2 == 0 ? Isms.Core.Performance.FindingGrade.MinorNonconformity : null,
            RaisedOn = Today.PlusDays(-(i % 300) - 30),
            Owner = owner,
            Correction = "Access review performed and excess rights removed",
            RootCause = i % 2 == 0 ? "No calendar reminder for the quarterly review" : null,
            CorrectiveActions =
            [
                new CorrectiveAction { Id = Id<CorrectiveActionId>("CA-", i, s => new CorrectiveActionId(s)), Description = "Automate the quarterly access review", Owner = owner, Due = Today.PlusDays(i % 90), CompletedOn = closed ? Today.PlusDays(-10) : null },
            ],
            Verification = closed ? new EffectivenessVerification { VerifiedBy = PersonOf(((i + 1) % PersonCount) + 1), VerifiedOn = Today.PlusDays(-5), Effective = true, Method = "Re-performed the review on a sample" } : null,
            ClosedOn = closed ? Today.PlusDays(-5) : null,
        };
    }

    private static PersonId PersonOf(int i) => Id<PersonId>("P-", i, s => new PersonId(s));

    private static RoleId RoleOf(int i) => Id<RoleId>("ROLE-", i, s => new RoleId(s));

    private static AssetId AssetOf(int i) => Id<AssetId>("A-", i, s => new AssetId(s));

    private static RiskId RiskOf(int i) => Id<RiskId>("R-", i, s => new RiskId(s));

    private static AppliedControlId ControlOf(int i) => Id<AppliedControlId>("AC-", i, s => new AppliedControlId(s));

    private static T Id<T>(string prefix, int i, Func<string, T> create) => create(prefix + i.ToString("D5", CultureInfo.InvariantCulture));

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

}
