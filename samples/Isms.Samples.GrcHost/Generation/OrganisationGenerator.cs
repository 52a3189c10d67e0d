using System.Globalization;
using Isms.Certification.Applications;
using Isms.Certification.Audits;
using Isms.Certification.Certificates;
using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Core.Applicability;
using Isms.Core.Assets;
using Isms.Core.Context;
using Isms.Core.Controls;
using Isms.Core.Improvement;
using Isms.Core.RiskManagement;
using Isms.Core.Support;
using Isms.Risk.Presets;
using Isms.Samples.GrcHost.SampleData;
using Isms.Samples.GrcHost.Tenants;
using NodaTime;
using static Isms.Samples.GrcHost.SampleData.Kit;

namespace Isms.Samples.GrcHost.Generation;

/// <summary>
/// Generated client organisations for load and scale runs (<c>isms-grc seed</c>): a realistic size mix (10 to 5,000
/// persons, most under 250), registers in proportion to the size, every Annex A control decided in the SoA, and a
/// certification record at a different point of its cycle (none yet, applied, accepted, Stage 1 done, Stage 2 done,
/// certified, after one or two surveillance audits).
/// </summary>
/// <remarks>Deterministic: organisation <c>i</c> of seed <c>S</c> is the same document on every run and machine (its own
/// <see cref="Random"/> seeded from S and i, and dates fixed by the calendar, never by the clock), so organisations
/// can be generated in parallel and a run can be repeated. Thread-safe.</remarks>
/// <param name="lifecycle">The lifecycle the certification records are driven through.</param>
/// <param name="seed">The seed.</param>
internal sealed class OrganisationGenerator(CertificationLifecycle lifecycle, ulong seed)
{
    /// <summary>The last day a generated certification event may fall on (so records never lie in the future).</summary>
    public static readonly LocalDate LatestEvent = new(2026, 6, 30);

    /// <summary>The points of the certification cycle a generated record can be at, in cycle order.</summary>
    public static readonly string[] CyclePoints = ["none", "applied", "accepted", "stage1", "stage2", "certified", "surveillance1", "surveillance2"];

    private static readonly string[] Sectors =
    [
        "Software as a service for logistics", "Regional retail banking", "Online retail", "Managed IT services", "Health clinics",
        "Payroll outsourcing", "Colocation data centres", "Insurance broking", "Engineering consultancy", "Public transport ticketing",
    ];

    private static readonly string[] Threats = ["Ransomware", "Insider misuse", "Supplier failure", "Phishing", "Equipment failure", "Misconfiguration", "Power outage", "Theft"];

    /// <summary>The tenant id of organisation <paramref name="index"/> (1-based): <c>org-000001</c>...</summary>
    public static string TenantOf(int index) => "org-" + index.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Builds organisation <paramref name="index"/> (1-based).</summary>
    public OrganisationRecords Create(int index)
    {
        var random = new Random(Mix(seed, index));
        var persons = Persons(random);
        var name = string.Create(CultureInfo.InvariantCulture, $"Organisation {index:D6} Ltd");
        var sector = Sectors[random.Next(Sectors.Length)];
        var b = new IsmsBuilder
        {
            Profile = Profile(name, sector, persons, "ISMS manager", ("HQ", "Head office", "1 High Street")),
            RiskCriteria = (index % 3) switch { 0 => RiskMatrixPresets.Common3x3(), 1 => RiskMatrixPresets.Common4x4(), _ => RiskMatrixPresets.Common5x5() },
            Scope = new IsmsScope { Statement = $"The ISMS of {name} for {sector.ToLowerInvariant()} at its head office.", Sites = [new SiteId("HQ")] },
        };
        var maxLevel = 3 + (index % 3);

        var people = Math.Clamp(3 + (persons / 50), 3, 60);
        b.AddPerson(Person("p-01", "Top manager", "Managing Director", topManagement: true));
        for (var i = 2; i <= people; i++)
        {
            b.AddPerson(Person(Id("p", i), "Person " + i.ToString(CultureInfo.InvariantCulture), "Role holder"));
        }

        string Someone() => Id("p", random.Next(1, people + 1));
        LocalDate Around(int daysBefore, int daysAfter) => new LocalDate(2026, 1, 1).PlusDays(random.Next(-daysBefore, daysAfter + 1));

        var assets = Math.Clamp(3 + (persons / 25), 3, 150);
        for (var i = 1; i <= assets; i++)
        {
            b.AddAsset(Asset(Id("A", i), "Asset " + i.ToString(CultureInfo.InvariantCulture), (AssetType)random.Next(0, 4), Someone(),
                (SecurityLevel)random.Next(1, 4), (SecurityLevel)random.Next(1, 4), (SecurityLevel)random.Next(1, 4)));
        }

        var annexA = Isms.Core.Catalogs.AnnexA.Iso27001_2022.Controls;
        var controls = Math.Clamp(4 + (persons / 100), 4, 40);
        for (var i = 1; i <= controls; i++)
        {
            var implemented = random.NextDouble() < 0.7;
            b.AddAppliedControl(Control(Id("AC", i), "Applied control " + i.ToString(CultureInfo.InvariantCulture), Someone(),
                implemented ? ControlStatus.Implemented : ControlStatus.InProgress, random.Next(0, 2), random.Next(0, 2), annexA[random.Next(annexA.Length)].Id.Value));
        }

        var risks = Math.Clamp(4 + (persons / 40), 4, 120);
        var actions = new List<TreatmentAction>();
        for (var i = 1; i <= risks; i++)
        {
            var assessed = Around(400, 0);
            var inherent = Assess(random.Next(1, maxLevel + 1), random.Next(1, maxLevel + 1), assessed);
            var retain = random.NextDouble() < 0.2;
            var risk = Scenario(Id("R", i), "Risk " + i.ToString(CultureInfo.InvariantCulture), Someone(), Id("A", random.Next(1, assets + 1)),
                Threats[random.Next(Threats.Length)], "Weakness " + i.ToString(CultureInfo.InvariantCulture), inherent,
                retain ? TreatmentOption.Retain : TreatmentOption.Modify, retain ? [] : [Id("AC", random.Next(1, controls + 1))]);
            if (retain)
            {
                risk = risk with
                {
                    Current = inherent,
                    Acceptance = Acceptance("p-01", assessed, Around(-30, 700), inherent, "Accepted within the appetite of top management until reassessed."),
                };
            }
            else if (random.NextDouble() < 0.5)
            {
                var status = random.NextDouble() < 0.3 ? TreatmentActionStatus.Done : (random.NextDouble() < 0.5 ? TreatmentActionStatus.InProgress : TreatmentActionStatus.NotStarted);
                var due = Around(200, 500);
                actions.Add(Action(Id("T", actions.Count + 1), "Treat risk " + i.ToString(CultureInfo.InvariantCulture), Someone(), due, status, risk.Id.Value,
                    status == TreatmentActionStatus.Done ? due.PlusDays(-10) : null));
            }

            b.AddRisk(risk);
        }

        b.TreatmentPlan = RiskTreatmentPlan.Empty with
        {
            ApprovedBy = P("p-01"),
            ApprovedOn = new LocalDate(2025, 12, 1),
            Actions = Register<TreatmentActionId, TreatmentAction>.Of(actions),
        };

        var documents = Math.Clamp(6 + (persons / 250), 6, 30);
        MandatoryDocument[] mandatory = [MandatoryDocument.Scope, MandatoryDocument.InformationSecurityPolicy, MandatoryDocument.RiskAssessmentProcess, MandatoryDocument.RiskTreatmentProcess, MandatoryDocument.StatementOfApplicability];
        for (var i = 1; i <= documents; i++)
        {
            var approved = Around(700, 0);
            b.AddDocument(Document(Id("DOC", i), "Document " + i.ToString(CultureInfo.InvariantCulture), "1." + random.Next(0, 9).ToString(CultureInfo.InvariantCulture),
                Someone(), "p-01", approved, approved.PlusYears(1), i <= mandatory.Length ? [mandatory[i - 1]] : []));
        }

        b.StatementOfApplicability = Soa(b.AppliedControls, ImplementationStatus.Implemented, new SoaVersion { Version = "1.0", ApprovedBy = P("p-01"), ApprovedOn = new LocalDate(2025, 12, 1) }, null,
            ("7.4", ExclusionReason.OutsideScope, "Leased offices monitored by the landlord; no premises of our own to monitor."));

        var nonconformities = (persons / 300) + (random.NextDouble() < 0.5 ? 1 : 0);
        for (var i = 1; i <= nonconformities; i++)
        {
            var raised = Around(300, 0);
            b.AddNonconformity(Nonconformity(Id("NC", i), "Nonconformity " + i.ToString(CultureInfo.InvariantCulture), NonconformitySource.InternalAudit, raised, Someone(),
                Corrective(Id("CA", i), "Remove the cause of nonconformity " + i.ToString(CultureInfo.InvariantCulture), Someone(), raised.PlusDays(random.Next(20, 200)),
                    random.NextDouble() < 0.4 ? raised.PlusDays(15) : null)));
        }

        var isms = b.Build();
        return new OrganisationRecords(TenantOf(index), isms, Record(isms, CyclePointOf(index), random));
    }

    /// <summary>The point of its certification cycle organisation <paramref name="index"/> is at (an index into <see cref="CyclePoints"/>).</summary>
    public static int CyclePointOf(int index) => index % CyclePoints.Length;

    private CertificationRecord? Record(InformationSecurityManagementSystem isms, int point, Random random)
    {
        if (point == 0)
        {
            return null;
        }

        // Days after the application of each step: accept, Stage 1, Stage 2, decision, surveillance 1, surveillance 2.
        int[] offsets = [0, 4, 40, 80, 100, 430, 790];
        var start = LatestEvent.PlusDays(-offsets[point - 1] - random.Next(0, 365));
        var application = new CertificationApplication(isms.Profile.LegalName, isms.Profile.NatureOfActivities, isms.Profile.PersonsDoingWork,
            [new ApplicationSite("Head office", ["Management", "Operations"], isCentralFunction: true)], isms.Scope!.Statement);
        var record = CbRecords.Open(application, start);
        var auditor = P("cb.auditor");
        if (point >= 2)
        {
            record = CbRecords.Fire(lifecycle, record, CertificationTriggers.AcceptApplication, new ApplicationReview(start.PlusDays(4), P("cb.reviewer")), start.PlusDays(4));
        }

        if (point >= 3)
        {
            record = CbRecords.Fire(lifecycle, record, CertificationTriggers.CompleteStage1, new Stage1Report(start.PlusDays(39), start.PlusDays(40), auditor, Stage1Outcome.Ready, []), start.PlusDays(40));
        }

        if (point >= 4)
        {
            record = CbRecords.Fire(lifecycle, record, CertificationTriggers.CompleteStage2, new AuditReport(AuditKind.Stage2, start.PlusDays(78), start.PlusDays(80), auditor, []), start.PlusDays(80));
        }

        if (point >= 5)
        {
            record = CbRecords.Fire(lifecycle, record, CertificationTriggers.Grant,
                new CertificationDecision(start.PlusDays(100), P("cb.decision"), new CertificateNumber("GEN-" + isms.Profile.LegalName[13..19])), start.PlusDays(100));
        }

        for (var s = 6; s <= point; s++)
        {
            var on = start.PlusDays(offsets[s - 1]);
            record = CbRecords.Fire(lifecycle, record, CertificationTriggers.CompleteSurveillance, new AuditReport(AuditKind.Surveillance, on.PlusDays(-1), on, auditor, []), on);
        }

        return record;
    }

    /// <summary>10 to 5,000 persons: four in five under 250, one in seven 250 to 1,000, the rest up to 5,000.</summary>
    private static int Persons(Random random)
    {
        var band = random.NextDouble();
        var u = random.NextDouble();
        return band < 0.80 ? 10 + (int)(239 * u * u)
            : band < 0.94 ? 250 + (int)(750 * u)
            : 1001 + (int)(3999 * u * u);
    }

    private static string Id(string prefix, int i) => prefix + "-" + i.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>A 32-bit seed from the run's seed and the organisation's index (SplitMix64's finalizer).</summary>
    private static int Mix(ulong seed, int index)
    {
        var z = seed + (0x9E3779B97F4A7C15UL * (ulong)index);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return unchecked((int)(z ^ (z >> 31)));
    }
}
