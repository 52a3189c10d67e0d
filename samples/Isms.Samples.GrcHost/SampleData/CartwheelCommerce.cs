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
using Isms.Samples.GrcHost.Tenants;
using static Isms.Samples.GrcHost.SampleData.Kit;
using Isms.Core.Performance;

namespace Isms.Samples.GrcHost.SampleData;

/// <summary>
/// Cartwheel Commerce GmbH: an online retailer, 350 persons, two sites, certified in December 2025 on a 4x4 matrix,
/// its first surveillance audit coming. Growing fast and behind on its paperwork: a treatment action and a corrective
/// action are overdue, a procedure is past its review date, a risk acceptance expires within the month.
/// </summary>
internal static class CartwheelCommerce
{
    public const string Key = "cartwheel-commerce";

    public static OrganisationRecords Create(CertificationLifecycle lifecycle)
    {
        var b = new IsmsBuilder
        {
            Profile = Profile("Cartwheel Commerce GmbH", "Online retail of home and garden goods: web shop, marketplace, fulfilment", 350, "Head of Security",
                ("HAM", "Hamburg head office", "Speicherstadt 12, Hamburg"), ("LPZ", "Leipzig fulfilment centre", "Logistikpark 3, Leipzig")),
            RiskCriteria = RiskMatrixPresets.Common4x4(),
            Scope = new IsmsScope
            {
                Statement = "The ISMS of Cartwheel Commerce GmbH for the web shop, marketplace and fulfilment operations, from Hamburg and Leipzig.",
                Sites = [new SiteId("HAM"), new SiteId("LPZ")],
            },
        };
        b.AddPerson(
            Person("l.brandt", "Lena Brandt", "Managing Director", topManagement: true),
            Person("k.yilmaz", "Kerem Yilmaz", "Head of Security"),
            Person("f.weber", "Felix Weber", "Head of Engineering"),
            Person("n.schulz", "Nina Schulz", "Fulfilment Operations Lead"));
        b.AddAsset(
            Asset("shop", "Web shop and checkout", AssetType.Software, "f.weber", SecurityLevel.High, SecurityLevel.VeryHigh, SecurityLevel.VeryHigh),
            Asset("orders", "Customer and order data", AssetType.Information, "k.yilmaz", SecurityLevel.High, SecurityLevel.High, SecurityLevel.Medium),
            Asset("wms", "Warehouse management system", AssetType.Software, "n.schulz", SecurityLevel.Medium, SecurityLevel.High, SecurityLevel.High),
            Asset("cloud", "Cloud hosting (two regions)", AssetType.Service, "f.weber", SecurityLevel.High, SecurityLevel.High, SecurityLevel.VeryHigh));
        b.AddAppliedControl(
            Control("EC-01", "Web application firewall and bot management", "f.weber", ControlStatus.Implemented, 1, 0, "8.20", "8.23"),
            Control("EC-02", "Single sign-on with MFA", "k.yilmaz", ControlStatus.Implemented, 1, 0, "5.15", "8.5"),
            Control("EC-03", "Secure SDLC with dependency scanning", "f.weber", ControlStatus.InProgress, 1, 0, "8.25", "8.28", "8.8"),
            Control("EC-04", "Cross-region backups", "f.weber", ControlStatus.Implemented, 0, 1, "8.13", "8.14"));
        b.AddRisk(
            Scenario("R-E01", "Card skimming script injected into checkout", "f.weber", "shop", "Magecart groups", "Third-party scripts loaded without integrity checks", Assess(3, 4, D(2026, 3, 2)), TreatmentOption.Modify, "EC-01"),
            Scenario("R-E02", "Customer data leaked through a vulnerable library", "k.yilmaz", "orders", "Opportunistic attackers", "Dependencies updated irregularly", Assess(3, 3, D(2026, 3, 2)), TreatmentOption.Modify, "EC-03"),
            Scenario("R-E03", "Warehouse system outage in peak season", "n.schulz", "wms", "Vendor software fault", "Single on-premises instance", Assess(2, 3, D(2026, 3, 2)), TreatmentOption.Retain) with
            {
                Current = Assess(2, 3, D(2026, 3, 2)),
                Acceptance = Acceptance("l.brandt", D(2026, 3, 10), D(2026, 12, 10), Assess(2, 3, D(2026, 3, 2)), "Manual picking fallback rehearsed; vendor SaaS migration planned for 2027."),
            },
            Scenario("R-E04", "Cloud region failure", "f.weber", "cloud", "Provider outage", "Stateful services in one region", Assess(2, 4, D(2026, 3, 2)), TreatmentOption.Modify, "EC-04"));
        b.TreatmentPlan = RiskTreatmentPlan.Empty with
        {
            ApprovedBy = P("l.brandt"),
            ApprovedOn = D(2026, 3, 16),
            Actions = Register<TreatmentActionId, TreatmentAction>.Of(
                Action("T-E01", "Subresource integrity and CSP for checkout scripts", "f.weber", D(2026, 12, 18), TreatmentActionStatus.InProgress, "R-E01"),
                Action("T-E02", "Automated dependency updates in every pipeline", "f.weber", D(2026, 10, 31), TreatmentActionStatus.InProgress, "R-E02"),
                Action("T-E03", "Active-active database across regions", "f.weber", D(2027, 6, 30), TreatmentActionStatus.NotStarted, "R-E04")),
        };
        b.AddDocument(
            Document("DOC-E01", "Information security policy", "2.0", "k.yilmaz", "l.brandt", D(2026, 1, 12), D(2027, 1, 12), MandatoryDocument.InformationSecurityPolicy),
            Document("DOC-E02", "Statement of Applicability", "2.1", "k.yilmaz", "l.brandt", D(2026, 3, 16), D(2027, 3, 16), MandatoryDocument.StatementOfApplicability),
            Document("DOC-E03", "Risk assessment and treatment procedure", "1.3", "k.yilmaz", "l.brandt", D(2025, 9, 30), D(2026, 9, 30), MandatoryDocument.RiskAssessmentProcess, MandatoryDocument.RiskTreatmentProcess),
            Document("DOC-E04", "Supplier security procedure", "1.1", "k.yilmaz", "l.brandt", D(2025, 12, 1), D(2026, 12, 1)));
        b.StatementOfApplicability = Soa(b.AppliedControls, ImplementationStatus.Implemented, new SoaVersion { Version = "2.1", ApprovedBy = P("l.brandt"), ApprovedOn = D(2026, 3, 16) },
            new Dictionary<string, ImplementationStatus> { ["8.25"] = ImplementationStatus.PartiallyImplemented, ["8.28"] = ImplementationStatus.PartiallyImplemented },
            ("7.4", ExclusionReason.OutsideScope, "Both sites are leased offices and a bonded warehouse operated under the landlord's monitoring; no premises of our own to monitor."));
        b.AddNonconformity(Nonconformity("NC-E01", "Access reviews for the marketplace admin console not performed in Q2", NonconformitySource.ExternalAudit, D(2026, 6, 18), "k.yilmaz",
            Corrective("CA-1", "Quarterly access review with sign-off in the ticketing system", "k.yilmaz", D(2026, 11, 15))));
        var isms = b.Build();

        var application = new CertificationApplication(
            isms.Profile.LegalName, isms.Profile.NatureOfActivities, isms.Profile.PersonsDoingWork,
            [new ApplicationSite("Hamburg head office", ["Management", "Engineering", "Customer service"], isCentralFunction: true), new ApplicationSite("Leipzig fulfilment centre", ["Fulfilment"])],
            isms.Scope!.Statement);
        var record = CbRecords.Open(application, D(2025, 8, 4));
        record = CbRecords.Fire(lifecycle, record, CertificationTriggers.AcceptApplication, new ApplicationReview(D(2025, 8, 8), P("j.falk")), D(2025, 8, 8));
        record = CbRecords.Fire(lifecycle, record, CertificationTriggers.CompleteStage1, new Stage1Report(D(2025, 9, 15), D(2025, 9, 15), P("m.ruiz"), Stage1Outcome.Ready, []), D(2025, 9, 15));
        record = CbRecords.Fire(lifecycle, record, CertificationTriggers.CompleteStage2, new AuditReport(AuditKind.Stage2, D(2025, 11, 3), D(2025, 11, 5), P("m.ruiz"),
            [new Finding(new FindingId("S2-01"), FindingGrade.MinorNonconformity, "A.5.18", "Access rights of movers not reviewed")]), D(2025, 11, 5));
        record = CbRecords.Fire(lifecycle, record, CertificationTriggers.VerifyCorrections, new CorrectionVerification(D(2025, 11, 21), P("m.ruiz"),
            [new FindingId("S2-01")], CorrectionOutcome.ActionPlanAccepted), D(2025, 11, 21));
        record = CbRecords.Fire(lifecycle, record, CertificationTriggers.Grant, new CertificationDecision(D(2025, 12, 8), P("j.falk"), new CertificateNumber("DE-ISMS-22-5521")), D(2025, 12, 8));
        return new OrganisationRecords(Key, isms, record);
    }
}
