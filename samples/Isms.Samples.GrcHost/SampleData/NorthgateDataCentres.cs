using Isms.Certification.Applications;
using Isms.Certification.Audits;
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

namespace Isms.Samples.GrcHost.SampleData;

/// <summary>
/// Northgate Data Centres Ltd: a colocation provider, 120 persons, one site, a young ISMS on a 3x3 matrix. Stage 1
/// concluded ready on 5 June 2026 and the certification body allows six months to Stage 2: the window closes on
/// 5 December. Two documents are past review, a treatment action and a corrective action are overdue, a risk
/// acceptance has lapsed.
/// </summary>
internal static class NorthgateDataCentres
{
    public const string Key = "northgate-dc";

    public static OrganisationRecords Create(CertificationLifecycle lifecycle)
    {
        var b = new IsmsBuilder
        {
            Profile = Profile("Northgate Data Centres Ltd", "Colocation, power and connectivity for enterprise racks", 120, "Operations Director",
                ("MAN", "Manchester campus", "Northgate Way, Trafford Park, Manchester")),
            RiskCriteria = RiskMatrixPresets.Common3x3(),
            Scope = new IsmsScope
            {
                Statement = "The ISMS of Northgate Data Centres Ltd for colocation services at the Manchester campus.",
                Sites = [new SiteId("MAN")],
            },
        };
        b.AddPerson(
            Person("d.hughes", "David Hughes", "Managing Director", topManagement: true),
            Person("p.achebe", "Precious Achebe", "Operations Director"),
            Person("o.kowalski", "Olek Kowalski", "Facilities Manager"));
        b.AddAsset(
            Asset("halls", "Data halls 1-3", AssetType.Facility, "o.kowalski", SecurityLevel.Medium, SecurityLevel.High, SecurityLevel.VeryHigh),
            Asset("power", "Power and UPS", AssetType.Hardware, "o.kowalski", SecurityLevel.Low, SecurityLevel.High, SecurityLevel.VeryHigh),
            Asset("access", "Physical access control system", AssetType.Software, "p.achebe", SecurityLevel.High, SecurityLevel.High, SecurityLevel.High));
        b.AddAppliedControl(
            Control("DC-01", "Mantraps, badges and biometric readers", "p.achebe", ControlStatus.Implemented, 1, 0, "7.1", "7.2", "7.3"),
            Control("DC-02", "CCTV with 90-day retention", "p.achebe", ControlStatus.Implemented, 1, 0, "7.4"),
            Control("DC-03", "Generator and UPS maintenance", "o.kowalski", ControlStatus.InProgress, 0, 1, "7.11", "7.13"));
        b.AddRisk(
            Scenario("R-D01", "Extended grid outage exhausts generator fuel", "o.kowalski", "power", "Regional grid failure", "Fuel for 24 hours only", Assess(2, 3, D(2026, 4, 20)), TreatmentOption.Modify, "DC-03"),
            Scenario("R-D02", "Tailgating into data halls", "p.achebe", "halls", "Unauthorised visitors", "Contractors propped doors open during a fit-out", Assess(2, 2, D(2026, 4, 20)), TreatmentOption.Retain) with
            {
                Current = Assess(2, 2, D(2026, 4, 20)),
                Acceptance = Acceptance("d.hughes", D(2026, 5, 1), D(2026, 11, 1), Assess(2, 2, D(2026, 4, 20)), "Accepted until the fit-out completes; guards patrol hourly."),
            },
            Scenario("R-D03", "Access control system compromised", "p.achebe", "access", "Remote attacker", "Vendor remote support always on", Assess(2, 3, D(2026, 4, 20)), TreatmentOption.Modify, "DC-01"));
        b.TreatmentPlan = RiskTreatmentPlan.Empty with
        {
            ApprovedBy = P("d.hughes"),
            ApprovedOn = D(2026, 5, 4),
            Actions = Register<TreatmentActionId, TreatmentAction>.Of(
                Action("T-D01", "Fuel supply contract with 4-hour delivery", "o.kowalski", D(2026, 9, 30), TreatmentActionStatus.NotStarted, "R-D01"),
                Action("T-D02", "Vendor remote support behind approval workflow", "p.achebe", D(2026, 12, 10), TreatmentActionStatus.InProgress, "R-D03")),
        };
        b.AddDocument(
            Document("DOC-D01", "Information security policy", "1.0", "p.achebe", "d.hughes", D(2026, 3, 2), D(2027, 3, 2), MandatoryDocument.InformationSecurityPolicy),
            Document("DOC-D02", "Visitor and contractor access procedure", "0.9", "p.achebe", "d.hughes", D(2025, 6, 30), D(2026, 6, 30)),
            Document("DOC-D03", "Business continuity plan", "1.2", "o.kowalski", "d.hughes", D(2025, 8, 31), D(2026, 8, 31)),
            Document("DOC-D04", "Statement of Applicability", "1.0", "p.achebe", "d.hughes", D(2026, 5, 4), D(2027, 5, 4), MandatoryDocument.StatementOfApplicability));
        b.StatementOfApplicability = Soa(b.AppliedControls, ImplementationStatus.Planned, new SoaVersion { Version = "1.0", ApprovedBy = P("d.hughes"), ApprovedOn = D(2026, 5, 4) },
            new Dictionary<string, ImplementationStatus> { ["7.1"] = ImplementationStatus.Implemented, ["7.2"] = ImplementationStatus.Implemented, ["7.3"] = ImplementationStatus.Implemented, ["7.4"] = ImplementationStatus.Implemented },
            ("8.25", ExclusionReason.ActivityNotPerformed, "Northgate develops no software; the access control system is a vendor product."),
            ("8.26", ExclusionReason.ActivityNotPerformed, "No application development or acquisition of bespoke applications."),
            ("8.27", ExclusionReason.ActivityNotPerformed, "No system architecture or engineering of software."),
            ("8.28", ExclusionReason.ActivityNotPerformed, "No secure coding: no software is written."),
            ("8.29", ExclusionReason.ActivityNotPerformed, "No security testing in development: no software is developed."),
            ("8.30", ExclusionReason.ActivityNotPerformed, "No outsourced development."),
            ("8.31", ExclusionReason.ActivityNotPerformed, "No development, test or production environments of our own software."));
        b.AddNonconformity(Nonconformity("NC-D01", "Generator load test not performed in Q3 as scheduled", NonconformitySource.SelfIdentified, D(2026, 10, 2), "o.kowalski",
            Corrective("CA-1", "Book quarterly load tests a year ahead with the maintenance contractor", "o.kowalski", D(2026, 11, 1))));
        var isms = b.Build();

        var application = new CertificationApplication(
            isms.Profile.LegalName, isms.Profile.NatureOfActivities, isms.Profile.PersonsDoingWork,
            [new ApplicationSite("Manchester campus", ["Colocation", "Facilities", "Security"], isCentralFunction: true)],
            isms.Scope!.Statement);
        var record = CbRecords.Open(application, D(2026, 4, 27));
        record = CbRecords.Fire(lifecycle, record, CertificationTriggers.AcceptApplication, new ApplicationReview(D(2026, 4, 30), P("p.raman")), D(2026, 4, 30));
        record = CbRecords.Fire(lifecycle, record, CertificationTriggers.CompleteStage1, new Stage1Report(D(2026, 6, 4), D(2026, 6, 5), P("t.reid"), Stage1Outcome.Ready, []), D(2026, 6, 5));
        return new OrganisationRecords(Key, isms, record);
    }
}
