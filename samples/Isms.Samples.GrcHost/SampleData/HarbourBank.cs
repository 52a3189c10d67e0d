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
using Isms.Core.Leadership;
using Isms.Core.RiskManagement;
using Isms.Core.Support;
using Isms.Risk.Presets;
using Isms.Samples.GrcHost.Tenants;
using static Isms.Samples.GrcHost.SampleData.Kit;

namespace Isms.Samples.GrcHost.SampleData;

/// <summary>
/// Harbour Bank plc: a retail bank, 2,400 persons, three sites, a mature ISMS certified since December 2023 on the
/// NIST SP 800-30 5x5 matrix. Its recertification audit is done and the decision must come before the certificate
/// expires on 17 December 2026; one risk acceptance has lapsed, one expires soon, one policy review is due.
/// </summary>
internal static class HarbourBank
{
    public const string Key = "harbour-bank";

    public static OrganisationRecords Create(CertificationLifecycle lifecycle)
    {
        var b = new IsmsBuilder
        {
            Profile = Profile("Harbour Bank plc", "Retail and SME banking: current accounts, lending, cards and online banking", 2400, "Group CISO",
                ("LDN", "London head office", "1 Harbour Square, London"), ("LDS", "Leeds operations centre", "Wellington Place, Leeds"), ("EDI", "Edinburgh data centre", "South Gyle, Edinburgh")),
            RiskCriteria = RiskMatrixPresets.NistSp80030Rev1(),
            Scope = new IsmsScope
            {
                Statement = "The ISMS of Harbour Bank plc for retail and SME banking services, from London, Leeds and Edinburgh.",
                Boundaries = ["All employees, contractors, data centres and cloud tenancies of the bank"],
                Sites = [new SiteId("LDN"), new SiteId("LDS"), new SiteId("EDI")],
            },
        };
        b.AddPerson(
            Person("m.okafor", "Maya Okafor", "Chief Executive", topManagement: true),
            Person("r.lindqvist", "Rolf Lindqvist", "Group CISO"),
            Person("s.patel", "Sanjay Patel", "Head of IT Operations"),
            Person("e.doyle", "Eilidh Doyle", "Head of Payments"),
            Person("j.mensah", "Joseph Mensah", "Data Protection Officer"),
            Person("a.novak", "Ana Novak", "Internal Audit Manager"));
        b.AddAsset(
            Asset("core-banking", "Core banking platform", AssetType.Software, "s.patel", SecurityLevel.VeryHigh, SecurityLevel.VeryHigh, SecurityLevel.VeryHigh),
            Asset("customer-data", "Customer account data", AssetType.Information, "j.mensah", SecurityLevel.VeryHigh, SecurityLevel.VeryHigh, SecurityLevel.High),
            Asset("payments-gw", "Faster Payments gateway", AssetType.Service, "e.doyle", SecurityLevel.High, SecurityLevel.VeryHigh, SecurityLevel.VeryHigh),
            Asset("online-banking", "Online and mobile banking", AssetType.Software, "s.patel", SecurityLevel.VeryHigh, SecurityLevel.VeryHigh, SecurityLevel.High),
            Asset("edi-dc", "Edinburgh data centre", AssetType.Facility, "s.patel", SecurityLevel.High, SecurityLevel.High, SecurityLevel.VeryHigh));
        b.AddAppliedControl(
            Control("AC-01", "Privileged access management (CyberArk)", "s.patel", ControlStatus.Implemented, 2, 0, "5.15", "5.18", "8.2"),
            Control("AC-02", "Multi-factor authentication for staff and customers", "s.patel", ControlStatus.Implemented, 2, 0, "8.5"),
            Control("AC-03", "24x7 security operations centre", "r.lindqvist", ControlStatus.Implemented, 1, 1, "8.15", "8.16", "5.25", "5.26"),
            Control("AC-04", "Immutable backups and tested recovery", "s.patel", ControlStatus.Implemented, 0, 2, "8.13", "5.30"),
            Control("AC-05", "Payment fraud analytics", "e.doyle", ControlStatus.Implemented, 1, 1, "8.16"),
            Control("AC-06", "Supplier security assurance programme", "r.lindqvist", ControlStatus.Implemented, 1, 0, "5.19", "5.20", "5.21", "5.22"));
        b.AddRisk(
            Scenario("R-B01", "Ransomware encrypts core banking", "s.patel", "core-banking", "Organised crime", "Flat administration network in legacy segments", Assess(4, 5, D(2026, 2, 10)), TreatmentOption.Modify, "AC-01", "AC-04"),
            Scenario("R-B02", "Account takeover of online banking customers", "e.doyle", "online-banking", "Credential stuffing", "Password reuse by customers", Assess(4, 4, D(2026, 2, 10)), TreatmentOption.Modify, "AC-02", "AC-05"),
            Scenario("R-B03", "Legacy mainframe cannot log privileged commands", "s.patel", "core-banking", "Malicious insider", "No command-level audit trail on the 1998 mainframe", Assess(2, 4, D(2026, 2, 10)), TreatmentOption.Retain) with
            {
                Current = Assess(2, 4, D(2026, 2, 10)),
                Acceptance = Acceptance("m.okafor", D(2025, 12, 15), D(2026, 12, 15), Assess(2, 4, D(2026, 2, 10)), "Mainframe decommissioning is funded for 2027; compensating review of privileged sessions."),
            },
            Scenario("R-B04", "Payments gateway outage", "e.doyle", "payments-gw", "Supplier failure", "Single scheme connectivity provider", Assess(3, 4, D(2026, 2, 10)), TreatmentOption.Modify, "AC-06"),
            Scenario("R-B05", "Data centre cooling failure", "s.patel", "edi-dc", "Equipment failure", "N+1 cooling in hall B only", Assess(2, 3, D(2025, 11, 3)), TreatmentOption.Retain) with
            {
                Current = Assess(2, 3, D(2025, 11, 3)),
                Acceptance = Acceptance("s.patel", D(2025, 11, 3), D(2026, 10, 31), Assess(2, 3, D(2025, 11, 3)), "Hall B upgrade scheduled; workloads can fail over to the London cloud region."),
            });
        b.TreatmentPlan = RiskTreatmentPlan.Empty with
        {
            ApprovedBy = P("r.lindqvist"),
            ApprovedOn = D(2026, 2, 20),
            Actions = Register<TreatmentActionId, TreatmentAction>.Of(
                Action("T-B01", "Segment legacy administration network", "s.patel", D(2026, 9, 30), TreatmentActionStatus.Done, "R-B01", D(2026, 9, 12)),
                Action("T-B02", "Second scheme connectivity provider", "e.doyle", D(2027, 3, 31), TreatmentActionStatus.InProgress, "R-B04")),
        };
        b.AddDocument(
            Document("DOC-B01", "ISMS scope statement", "4.0", "r.lindqvist", "m.okafor", D(2026, 2, 1), D(2027, 2, 1), MandatoryDocument.Scope),
            Document("DOC-B02", "Information security policy", "6.2", "r.lindqvist", "m.okafor", D(2025, 12, 20), D(2026, 12, 20), MandatoryDocument.InformationSecurityPolicy),
            Document("DOC-B03", "Risk management methodology", "3.1", "r.lindqvist", "m.okafor", D(2026, 3, 1), D(2027, 3, 1), MandatoryDocument.RiskAssessmentProcess, MandatoryDocument.RiskTreatmentProcess),
            Document("DOC-B04", "Statement of Applicability", "5.0", "r.lindqvist", "m.okafor", D(2026, 2, 20), D(2027, 2, 20), MandatoryDocument.StatementOfApplicability));
        b.StatementOfApplicability = Soa(b.AppliedControls, ImplementationStatus.Implemented, new SoaVersion { Version = "5.0", ApprovedBy = P("m.okafor"), ApprovedOn = D(2026, 2, 20) }, null,
            ("7.5", ExclusionReason.NoRiskIdentified, "Physical and environmental threats are treated under 7.1 to 7.14 for owned sites; no additional risk identified."));
        b.AddNonconformity(Nonconformity("NC-B01", "Leaver accounts not removed within 24 hours in 3 of 25 samples", NonconformitySource.InternalAudit, D(2026, 6, 4), "s.patel",
            Corrective("CA-1", "Automate leaver deprovisioning from HR events", "s.patel", D(2026, 9, 30), D(2026, 9, 2))));
        var isms = b.Build();

        var application = new CertificationApplication(
            isms.Profile.LegalName, isms.Profile.NatureOfActivities, isms.Profile.PersonsDoingWork,
            [new ApplicationSite("London head office", ["Governance", "Risk", "Payments"], isCentralFunction: true), new ApplicationSite("Leeds operations centre", ["Operations", "Service desk"]), new ApplicationSite("Edinburgh data centre", ["Hosting"])],
            isms.Scope!.Statement);
        var record = CbRecords.Open(application, D(2023, 9, 4));
        record = CbRecords.Fire(lifecycle, record, CertificationTriggers.AcceptApplication, new ApplicationReview(D(2023, 9, 6), P("p.raman")), D(2023, 9, 6));
        record = CbRecords.Fire(lifecycle, record, CertificationTriggers.CompleteStage1, new Stage1Report(D(2023, 10, 9), D(2023, 10, 10), P("t.reid"), Stage1Outcome.Ready, []), D(2023, 10, 10));
        record = CbRecords.Fire(lifecycle, record, CertificationTriggers.CompleteStage2, new AuditReport(AuditKind.Stage2, D(2023, 11, 20), D(2023, 11, 24), P("t.reid"), []), D(2023, 11, 24));
        record = CbRecords.Fire(lifecycle, record, CertificationTriggers.Grant, new CertificationDecision(D(2023, 12, 18), P("h.clarke"), new CertificateNumber("IS 781204")), D(2023, 12, 18));
        record = CbRecords.Fire(lifecycle, record, CertificationTriggers.CompleteSurveillance, new AuditReport(AuditKind.Surveillance, D(2024, 11, 12), D(2024, 11, 13), P("t.reid"), []), D(2024, 11, 13));
        record = CbRecords.Fire(lifecycle, record, CertificationTriggers.CompleteSurveillance, new AuditReport(AuditKind.Surveillance, D(2025, 11, 4), D(2025, 11, 5), P("t.reid"), []), D(2025, 11, 5));
        return new OrganisationRecords(Key, isms, record);
    }
}
