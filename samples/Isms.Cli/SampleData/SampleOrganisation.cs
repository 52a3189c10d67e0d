using System.Collections.Immutable;
using Isms.Core;
using Isms.Core.Applicability;
using Isms.Core.Assets;
using Isms.Core.Catalogs;
using Isms.Core.Context;
using Isms.Core.Controls;
using Isms.Core.Improvement;
using Isms.Core.Leadership;
using Isms.Core.Organisation;
using Isms.Core.Performance;
using Isms.Core.Planning;
using Isms.Core.RiskManagement;
using Isms.Core.RiskManagement.Criteria;
using Isms.Core.Support;
using NodaTime;
using OrgSite = Isms.Core.Organisation.Site;

namespace Isms.Cli.SampleData;

/// <summary>
/// The built-in sample organisation: Helix Payments GmbH, a 180-person payments SaaS company with sites in Berlin
/// (head office), Lisbon (engineering) and Kraków (customer support), preparing for its first ISO/IEC 27001:2022
/// certification. Its ISMS is realistic and mostly in order, with deliberate gaps a Stage 1 auditor would find:
/// <list type="bullet">
/// <item>the SoA was carried over from a 2013-based SoA: 5.7 Threat intelligence and 8.23 Web filtering are undecided (blocking), 5.6 is applicable without a reason;</item>
/// <item>risk R-11 is owned by a person who has left; R-07's acceptance expired; R-12's acceptance covers an older assessment; R-14 was last assessed 15 months ago; R-05 relies on a control found not effective;</item>
/// <item>treatment action T-04 has no owner, T-02 is overdue; objective O-03 is not measurable;</item>
/// <item>the risk treatment procedure is an unapproved draft; the access control policy is past its review date;</item>
/// <item>the clause 4-10 internal audit was led by the ISMS manager (not independent); the last management review skipped inputs c and g;</item>
/// <item>major nonconformity NC-003 (failed DR test) has no root cause and no corrective action; NC-002's corrective action is overdue;</item>
/// <item>climate change was not considered (Amd 1:2024); three people have no awareness training in the last 12 months.</item>
/// </list>
/// All dates are relative to the date given, so the same gaps appear whenever the demo runs.
/// </summary>
internal static class SampleOrganisation
{
    /// <summary>The catalog the sample's SoA decides on: ISO/IEC 27001:2022 Annex A.</summary>
    public static ControlCatalog Catalog => AnnexA.Iso27001_2022;

    /// <summary>The sample's 5x5 risk criteria (ISO/IEC 27005 style), acceptance level Medium.</summary>
    public static RiskCriteria Criteria { get; } = CreateCriteria();

    /// <summary>Creates the sample ISMS as it stands on <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The date the sample is "today".</param>
    public static InformationSecurityManagementSystem Create(LocalDate asOf)
    {
        LocalDate Ago(int months, int days = 0) => asOf.PlusMonths(-months).PlusDays(-days);
        LocalDate Ahead(int months, int days = 0) => asOf.PlusMonths(months).PlusDays(days);

        var b = new IsmsBuilder { Profile = Profile(), RiskCriteria = Criteria };
        AddPeople(b, asOf);
        b.Context = Context(asOf);
        b.Scope = new IsmsScope
        {
            Statement = "The information security management system of Helix Payments GmbH for the development, operation and "
                + "support of the Helix payment platform (payment API, merchant dashboard and card data vault) provided as "
                + "software as a service to merchants, from the sites in Berlin, Lisbon and Kraków, in accordance with the "
                + "Statement of Applicability version 2.0.",
            Boundaries =
            [
                "In: all employees and contractors, the production AWS accounts (eu-central-1, eu-west-1), corporate IT",
                "Out: Helix Labs (research subsidiary, separate legal entity and network)",
            ],
            Interfaces = ["Card schemes and acquiring banks (ISO 8583 / API)", "Merchants' systems (REST API, webhooks)", "Regulators' reporting portals (BaFin MVP)"],
            Dependencies = ["AWS (IaaS, certified ISO/IEC 27001, SOC 2)", "Okta (identity)", "Zendesk (support tickets)", "Datadog (logging and monitoring)"],
            Sites = [Site("BER"), Site("LIS"), Site("KRK")],
            Exclusions = ["Helix Labs GmbH (separate ISMS)"],
        };
        b.Policy = new InformationSecurityPolicy
        {
            Title = "Information Security Policy",
            Version = "3.0",
            Document = Doc("DOC-02"),
            ApprovedBy = P("k.albers"),
            ApprovedOn = Ago(10),
            ProvidesObjectivesFramework = true,
            CommitsToRequirements = true,
            CommitsToContinualImprovement = true,
            CommunicatedOn = Ago(9, 20),
        };
        AddAssets(b);
        AddControls(b, asOf);
        AddRisks(b, asOf);
        AttachQuantitativeModels(b);
        AddDocuments(b, asOf);
        b.StatementOfApplicability = Soa(b, asOf);
        b.TreatmentPlan = new RiskTreatmentPlan
        {
            ApprovedBy = P("l.hoffmann"),
            ApprovedOn = Ago(5),
            Document = Doc("DOC-09"),
            Actions = Register<TreatmentActionId, TreatmentAction>.Of(
                Action("T-01", "Roll out SIEM detection rules for the card data vault", "n.petrova", Ahead(2), TreatmentActionStatus.InProgress, "Datadog Cloud SIEM licence; 0.5 FTE security engineering", ["R-03"], ["AC-08"]),
                Action("T-02", "Complete security assessments of all tier-1 suppliers", "l.hoffmann", Ago(1), TreatmentActionStatus.InProgress, "20 person-days; questionnaire tooling", ["R-10"], ["AC-10"]),
                Action("T-03", "Repeat the regional failover test after fixing the DR runbooks", "r.costa", Ahead(1), TreatmentActionStatus.NotStarted, "Two SRE days; game-day budget", ["R-05"], ["AC-14"]),
                Action("T-04", "Deploy data loss prevention for Google Workspace", null, Ahead(3), TreatmentActionStatus.NotStarted, "Google Workspace Enterprise upgrade (EUR 18k/year)", ["R-13"], ["AC-13"]),
                Action("T-05", "Automate retention and deletion of merchant KYC records", "s.klein", Ahead(4), TreatmentActionStatus.InProgress, "One engineer for a quarter", ["R-07"], ["AC-18"]),
                Action("T-06", "Enforce phishing-resistant MFA for all staff", "f.wagner", Ago(7), TreatmentActionStatus.Done, "FIDO2 keys for 180 people (EUR 9k)", ["R-02"], ["AC-01"]) with { CompletedOn = Ago(6) }),
        };
        AddObjectivesAndMeasurements(b, asOf);
        AddCompetenceAndAwareness(b, asOf);
        AddAuditsReviewsAndNonconformities(b, asOf);
        SampleEvidence.Add(b, asOf);
        return b.Build();
    }

    private static PersonId P(string id) => new(id);

    private static SiteId Site(string id) => new(id);

    private static DocumentId Doc(string id) => new(id);

    private static AppliedControlId AC(string id) => new(id);

    private static RiskCriteria CreateCriteria()
    {
        var likelihood = new RiskScale("Likelihood",
        [
            new ScaleLevel("Rare", "L1", 1, "Less than once in 10 years", "#16a34a"),
            new ScaleLevel("Unlikely", "L2", 2, "Once in 3 to 10 years", "#84cc16"),
            new ScaleLevel("Possible", "L3", 3, "Once in 1 to 3 years", "#facc15"),
            new ScaleLevel("Likely", "L4", 4, "About once a year", "#f97316"),
            new ScaleLevel("Almost certain", "L5", 5, "Several times a year", "#dc2626"),
        ]);
        var consequence = new RiskScale("Consequence",
        [
            new ScaleLevel("Insignificant", "C1", 1, "Loss under EUR 10k; no customer impact", "#16a34a"),
            new ScaleLevel("Minor", "C2", 2, "Loss EUR 10k-100k; few merchants affected for hours", "#84cc16"),
            new ScaleLevel("Moderate", "C3", 3, "Loss EUR 100k-1m; reportable incident; many merchants affected", "#facc15"),
            new ScaleLevel("Major", "C4", 4, "Loss EUR 1m-5m; regulatory action; card data exposed", "#f97316"),
            new ScaleLevel("Severe", "C5", 5, "Loss above EUR 5m; licence at risk", "#dc2626"),
        ]);
        var levels = new[]
        {
            new RiskLevelDefinition("Low", "L", "#16a34a", "Accept; review annually"),
            new RiskLevelDefinition("Medium", "M", "#facc15", "Accept with monitoring by the risk owner"),
            new RiskLevelDefinition("High", "H", "#f97316", "Treat within 6 months or accepted by the CEO"),
            new RiskLevelDefinition("Critical", "C", "#dc2626", "Treat immediately; report to the management board"),
        };
        var cells = Enumerable.Range(1, 5)
            .Select(l => (IReadOnlyList<int>)[.. Enumerable.Range(1, 5).Select(c => (l * c) switch { <= 4 => 1, <= 9 => 2, <= 16 => 3, _ => 4 })])
            .ToList();
        return new RiskCriteria("Helix 5x5 risk methodology (2026)", new RiskMatrix(likelihood, consequence, levels, cells), new RiskLevel(2));
    }

    private static OrganisationProfile Profile() => new()
    {
        LegalName = "Helix Payments GmbH",
        TradingName = "Helix Pay",
        NatureOfActivities = "Development, operation and support of a payment processing platform (payment API, merchant dashboard, card tokenisation) provided as SaaS to online merchants in the EU; licensed payment institution (BaFin).",
        PersonsDoingWork = 180,
        Website = new Uri("https://helix-pay.example"),
        Contact = new ContactDetails { Name = "Dr. Lena Hoffmann", Function = "CISO", Email = "isms@helix-pay.example", Phone = "+49 30 5550 1200" },
        Sites = Register<SiteId, OrgSite>.Of(
            new OrgSite { Id = Site("BER"), Name = "Berlin head office", Address = "Torstraße 140, 10119 Berlin, Germany", Persons = 110, IsCentralFunction = true, Processes = ["Management", "Product engineering", "Risk and compliance", "Finance", "People", "Corporate IT"] },
            new OrgSite { Id = Site("LIS"), Name = "Lisbon engineering hub", Address = "Avenida da Liberdade 110, 1250-146 Lisboa, Portugal", Persons = 50, Processes = ["Platform engineering", "Site reliability (24x7 on-call)", "Security engineering"] },
            new OrgSite { Id = Site("KRK"), Name = "Kraków support centre", Address = "ul. Lubicz 23, 31-503 Kraków, Poland", Persons = 20, Processes = ["Merchant support", "Onboarding and KYC checks"] }),
    };

    private static void AddPeople(IsmsBuilder b, LocalDate asOf)
    {
        b.AddRole(
            new Role { Id = new RoleId("top-management"), Name = "Management board", Responsibilities = ["Direct and support the ISMS (5.1)", "Approve policy, risk acceptance above High"], Authorities = ["Budget", "Risk acceptance"], RequiresCompetenceEvidence = false },
            new Role { Id = new RoleId("ciso"), Name = "Chief Information Security Officer", Responsibilities = ["Information security strategy", "Report ISMS performance to the board (5.3 b)"], Authorities = ["Security veto on releases"], ReportsPerformance = true },
            new Role { Id = new RoleId("isms-manager"), Name = "ISMS and compliance manager", Responsibilities = ["Ensure the ISMS conforms to ISO/IEC 27001 (5.3 a)", "Maintain documented information", "Coordinate risk assessments"], EnsuresConformity = true },
            new Role { Id = new RoleId("dpo"), Name = "Data protection officer", Responsibilities = ["GDPR compliance", "Privacy impact assessments"] },
            new Role { Id = new RoleId("internal-auditor"), Name = "Internal auditor", Responsibilities = ["Plan and perform internal audits (9.2)"] },
            new Role { Id = new RoleId("incident-manager"), Name = "Security incident manager", Responsibilities = ["Lead incident response", "Report major ICT incidents (DORA)"] },
            new Role { Id = new RoleId("risk-owner"), Name = "Risk owner", Responsibilities = ["Own and treat assigned risks", "Accept residual risk up to High"], RequiresCompetenceEvidence = false });

        Person Person(string id, string name, string title, params string[] roles) =>
            new() { Id = P(id), Name = name, JobTitle = title, Email = id + "@helix-pay.example", Roles = [.. roles.Select(r => new RoleId(r))] };

        b.AddPerson(
            Person("k.albers", "Katrin Albers", "Chief Executive Officer", "top-management") with { IsTopManagement = true },
            Person("j.richter", "Jonas Richter", "Chief Financial Officer", "top-management") with { IsTopManagement = true },
            Person("m.santos", "Miguel Santos", "Chief Technology Officer", "top-management", "risk-owner") with { IsTopManagement = true },
            Person("l.hoffmann", "Dr. Lena Hoffmann", "Chief Information Security Officer", "ciso", "risk-owner"),
            Person("t.nowak", "Tomasz Nowak", "ISMS and Compliance Manager", "isms-manager", "internal-auditor"),
            Person("s.klein", "Sarah Klein", "Data Protection Officer", "dpo", "risk-owner"),
            Person("a.ferreira", "Ana Ferreira", "Head of Platform Engineering", "risk-owner"),
            Person("d.brandt", "David Brandt", "Head of Product Engineering", "risk-owner"),
            Person("r.costa", "Rui Costa", "Lead Site Reliability Engineer", "incident-manager", "risk-owner"),
            Person("n.petrova", "Nina Petrova", "Senior Security Engineer"),
            Person("f.wagner", "Felix Wagner", "IT Manager", "risk-owner"),
            Person("j.lange", "Julia Lange", "Head of People"),
            Person("m.zielinska", "Marta Zielińska", "Head of Merchant Support", "risk-owner"),
            Person("p.becker", "Paul Becker", "Head of Finance Operations", "risk-owner"),
            Person("e.schulz", "Eva Schulz", "General Counsel", "risk-owner"),
            Person("j.pereira", "João Pereira", "Office Manager Lisbon"),
            Person("h.lund", "Henrik Lund", "Lead auditor (external consultant)", "internal-auditor") with { IsExternal = true },
            Person("m.vogel", "Markus Vogel", "Head of Infrastructure (left)", "risk-owner") with { LeftOn = asOf.PlusMonths(-4) });
    }

    private static OrganisationalContext Context(LocalDate asOf)
    {
        ContextIssue Issue(string id, string text, IssueOrigin origin, IssueKind kind, string effect) =>
            new() { Id = new IssueId(id), Description = text, Origin = origin, Kind = kind, Effect = effect, IdentifiedOn = asOf.PlusMonths(-9) };
        InterestedParty Party(string id, string name, InterestedPartyKind kind, string relevance) =>
            new() { Id = new InterestedPartyId(id), Name = name, Kind = kind, Relevance = relevance };
        Requirement Req(string id, string party, string text, RequirementKind kind, string reference) =>
            new() { Id = new RequirementId(id), Party = new InterestedPartyId(party), Description = text, Kind = kind, Reference = reference };

        // Deliberate gap: no climate change issue (Amd 1:2024 requires the determination).
        return new OrganisationalContext
        {
            Issues = Register<IssueId, ContextIssue>.Of(
                Issue("I-01", "Payment volume grows 60% a year", IssueOrigin.External, IssueKind.Economic, "Capacity and availability risks; more attractive target"),
                Issue("I-02", "DORA applies to payment institutions from 17 January 2025", IssueOrigin.External, IssueKind.Legal, "ICT risk framework, incident reporting, third-party register"),
                Issue("I-03", "Ransomware and business e-mail compromise target fintechs", IssueOrigin.External, IssueKind.Technological, "Phishing-resistant MFA, immutable backups"),
                Issue("I-04", "Headcount doubled in two years; many new managers", IssueOrigin.Internal, IssueKind.Organisational, "Onboarding, awareness and role clarity"),
                Issue("I-05", "Remote-first working across three countries", IssueOrigin.Internal, IssueKind.Social, "Endpoint security, secure remote access"),
                Issue("I-06", "Single cloud provider (AWS) for production", IssueOrigin.External, IssueKind.SupplyChain, "Concentration risk; exit strategy under DORA")),
            InterestedParties = Register<InterestedPartyId, InterestedParty>.Of(
                Party("IP-01", "Merchants", InterestedPartyKind.Customer, "Entrust payment and customer data; expect availability"),
                Party("IP-02", "BaFin", InterestedPartyKind.Regulator, "Supervises Helix as a payment institution"),
                Party("IP-03", "Card schemes and acquiring banks", InterestedPartyKind.Partner, "Require PCI DSS compliance"),
                Party("IP-04", "Berlin data protection authority", InterestedPartyKind.Regulator, "GDPR supervision"),
                Party("IP-05", "Employees", InterestedPartyKind.Employee, "Personal data; clear security rules"),
                Party("IP-06", "Amazon Web Services", InterestedPartyKind.Supplier, "Hosts production; shared responsibility"),
                Party("IP-07", "Investors", InterestedPartyKind.Shareholder, "Expect certification before Series C")),
            Requirements = Register<RequirementId, Requirement>.Of(
                Req("REQ-01", "IP-04", "Appropriate technical and organisational measures for personal data", RequirementKind.Legal, "GDPR Art. 32"),
                Req("REQ-02", "IP-03", "Protect cardholder data per PCI DSS v4.0", RequirementKind.Contractual, "PCI DSS v4.0; acquirer agreement §9"),
                Req("REQ-03", "IP-02", "ICT risk management and major incident reporting", RequirementKind.Regulatory, "DORA Art. 6-19; ZAG §54"),
                Req("REQ-04", "IP-01", "Security schedule of the merchant agreement (99.95% availability, breach notice 24 h)", RequirementKind.Contractual, "MSA 2025 Schedule 4"),
                Req("REQ-05", "IP-02", "Retain accounting and transaction records for 10 years", RequirementKind.Statutory, "HGB §257, AO §147"),
                Req("REQ-06", "IP-07", "ISO/IEC 27001 certification by Q2", RequirementKind.Expectation, "Board resolution 2026-03"),
                Req("REQ-07", "IP-02", "Cybersecurity risk management measures for essential entities", RequirementKind.Legal, "NIS2 / BSIG §30")),
        };
    }

    private static void AddAssets(IsmsBuilder b)
    {
        Asset A(string id, string name, AssetType type, string owner, SecurityLevel c, SecurityLevel i, SecurityLevel a, string? site, string? location, params string[] dependsOn) => new()
        {
            Id = new AssetId(id),
            Name = name,
            Type = type,
            Owner = P(owner),
            Site = site is null ? null : Site(site),
            Location = location,
            Classification = new CiaClassification(c, i, a),
            DependsOn = [.. dependsOn.Select(d => new AssetId(d))],
        };
        const SecurityLevel L = SecurityLevel.Low, M = SecurityLevel.Medium, H = SecurityLevel.High, V = SecurityLevel.VeryHigh;
        b.AddAsset(
            A("A-06", "AWS production accounts (eu-central-1, eu-west-1)", AssetType.Service, "m.santos", V, V, V, null, "AWS"),
            A("A-04", "Transaction database (Aurora PostgreSQL)", AssetType.Information, "a.ferreira", V, V, V, null, "AWS eu-central-1", "A-06"),
            A("A-07", "Kubernetes clusters (EKS)", AssetType.Software, "a.ferreira", H, V, V, null, "AWS eu-central-1", "A-06"),
            A("A-13", "Card encryption keys (AWS CloudHSM)", AssetType.Information, "l.hoffmann", V, V, H, null, "AWS CloudHSM", "A-06"),
            A("A-01", "Payment API", AssetType.Software, "d.brandt", H, V, V, null, "AWS eu-central-1", "A-04", "A-06", "A-07", "A-13"),
            A("A-03", "Card data vault (tokenisation service)", AssetType.Software, "a.ferreira", V, V, H, null, "AWS eu-central-1", "A-13", "A-04"),
            A("A-05", "Event bus (Amazon MSK / Kafka)", AssetType.Software, "a.ferreira", H, H, H, null, "AWS eu-central-1", "A-06"),
            A("A-08", "Source code repositories (GitHub)", AssetType.Information, "d.brandt", H, V, M, null, "GitHub Enterprise Cloud"),
            A("A-09", "CI/CD pipelines (GitHub Actions)", AssetType.Service, "d.brandt", H, V, M, null, "GitHub Enterprise Cloud", "A-08"),
            A("A-10", "Identity provider (Okta)", AssetType.Service, "f.wagner", H, V, V, null, "Okta EU cell"),
            A("A-02", "Merchant dashboard", AssetType.Software, "d.brandt", H, H, H, null, "AWS eu-central-1", "A-01", "A-10"),
            A("A-11", "Employee laptops (macOS, 190 devices)", AssetType.Hardware, "f.wagner", H, M, M, "BER", "All sites and home offices", "A-10"),
            A("A-12", "Berlin office network", AssetType.Network, "f.wagner", M, M, M, "BER", null),
            A("A-14", "Backups (S3 Object Lock, cross-region)", AssetType.Information, "a.ferreira", V, V, H, null, "AWS eu-west-1", "A-06"),
            A("A-15", "Merchant KYC records", AssetType.Information, "s.klein", V, H, M, null, "AWS eu-central-1", "A-04"),
            A("A-16", "Support ticketing (Zendesk)", AssetType.Service, "m.zielinska", H, M, M, "KRK", "Zendesk EU"),
            A("A-17", "Logging and SIEM (Datadog)", AssetType.Service, "n.petrova", H, V, H, null, "Datadog EU1", "A-06"),
            A("A-18", "Secrets management (HashiCorp Vault)", AssetType.Software, "a.ferreira", V, V, V, null, "AWS eu-central-1", "A-07"),
            A("A-19", "Google Workspace (e-mail, documents)", AssetType.Service, "f.wagner", H, M, M, null, "Google Cloud EU", "A-10"),
            A("A-20", "HR records (Personio)", AssetType.Information, "j.lange", V, H, L, null, "Personio EU"),
            A("A-21", "Key platform engineers", AssetType.People, "m.santos", M, M, H, "LIS", null));
    }

    private static void AddControls(IsmsBuilder b, LocalDate asOf)
    {
        AppliedControl C(string id, string name, string owner, ControlStatus status, int l, int c, double? effectiveness, string? evidence, params string[] implements) => new()
        {
            Id = AC(id),
            Name = name,
            Owner = P(owner),
            Status = status,
            Effect = new ControlEffect(l, c),
            Effectiveness = effectiveness is { } e ? new Percentage(e) : null,
            Evidence = evidence is null ? [] : [new EvidenceReference { Description = evidence, Location = $"https://grc.helix-pay.example/evidence/{id}", CollectedOn = asOf.PlusMonths(-2) }],
            Implements = [.. implements.Select(x => new ControlId(x))],
        };
        b.AddAppliedControl(
            C("AC-01", "Okta SSO with phishing-resistant MFA (FIDO2)", "f.wagner", ControlStatus.Implemented, 2, 0, 97, "Okta policy export; MFA enrolment report", "5.15", "5.16", "5.17", "8.5"),
            C("AC-02", "Quarterly access reviews for production and finance systems", "l.hoffmann", ControlStatus.Implemented, 1, 0, 88, "Q3 access review sign-offs", "5.18", "8.2"),
            C("AC-03", "Immutable cross-region backups with monthly restore tests", "a.ferreira", ControlStatus.Implemented, 0, 2, 100, "Restore test log October", "8.13"),
            C("AC-04", "Network segmentation and AWS security groups as code", "a.ferreira", ControlStatus.Implemented, 1, 0, null, "Terraform policy checks", "8.20", "8.22"),
            C("AC-05", "Managed laptops: EDR, disk encryption, MDM", "f.wagner", ControlStatus.Implemented, 1, 1, 95, "Jamf and CrowdStrike compliance report", "8.1", "8.7"),
            C("AC-06", "Vulnerability management with patch SLAs", "a.ferreira", ControlStatus.Implemented, 1, 0, 78, "Monthly patch SLA report", "8.8"),
            C("AC-07", "Secure development: code review, SAST, dependency scanning", "d.brandt", ControlStatus.Implemented, 1, 0, null, "Branch protection settings; Snyk dashboard", "8.25", "8.26", "8.28", "8.29"),
            C("AC-08", "Central logging and SIEM detection (Datadog)", "n.petrova", ControlStatus.InProgress, 0, 1, null, null, "8.15", "8.16"),
            C("AC-09", "Incident response process with 24x7 on-call", "r.costa", ControlStatus.Implemented, 0, 1, null, "Incident post-mortems 2026", "5.24", "5.25", "5.26", "5.27", "5.28", "6.8"),
            C("AC-10", "Supplier security assessment and contract clauses", "l.hoffmann", ControlStatus.InProgress, 1, 0, null, null, "5.19", "5.20", "5.21", "5.22", "5.23"),
            C("AC-11", "Encryption at rest and in transit with HSM-managed keys", "l.hoffmann", ControlStatus.Implemented, 0, 1, null, "KMS/CloudHSM key policy review", "8.24"),
            C("AC-12", "Security awareness programme and phishing simulations", "t.nowak", ControlStatus.Implemented, 1, 0, 85, "LMS completion report", "6.3"),
            C("AC-13", "Data loss prevention for Google Workspace", "f.wagner", ControlStatus.Planned, 1, 0, null, null, "8.12"),
            C("AC-14", "Business continuity plan and regional failover runbooks", "r.costa", ControlStatus.NotEffective, 0, 1, 40, "Failed failover test report", "5.29", "5.30", "8.14"),
            C("AC-15", "Secrets in Vault with automatic rotation", "a.ferreira", ControlStatus.Implemented, 1, 0, null, "Vault audit log sample", "8.4"),
            C("AC-16", "Badge access control and visitor management at offices", "j.pereira", ControlStatus.Implemented, 1, 0, null, "Badge system access list", "7.1", "7.2", "7.3"),
            C("AC-17", "DDoS protection (AWS Shield Advanced, WAF) and capacity alerts", "r.costa", ControlStatus.Implemented, 1, 1, null, "Shield and WAF configuration", "8.6"),
            C("AC-18", "Retention and deletion schedule for personal data", "s.klein", ControlStatus.InProgress, 0, 1, null, null, "5.33", "5.34", "8.10"),
            C("AC-19", "Screening, onboarding and offboarding", "j.lange", ControlStatus.Implemented, 1, 0, null, "Joiner-mover-leaver checklist samples", "6.1", "6.2", "6.5", "5.11"),
            C("AC-20", "Change management with approvals in the deployment pipeline", "d.brandt", ControlStatus.Implemented, 1, 0, null, "Deployment approval records", "8.31", "8.32"));
    }

    /// <summary>Six risks are also analysed in money: each gets its Open FAIR model (same id) from the sample scenario set.</summary>
    private static void AttachQuantitativeModels(IsmsBuilder b)
    {
        var models = SampleQuantitativeScenarios.Create().Scenarios.ToDictionary(s => s.Id.Value, StringComparer.Ordinal);
        b.Risks = RiskRegister.Of(b.Risks.Select(r => models.TryGetValue(r.Id.Value, out var model) ? r with { QuantitativeModel = model } : r));
    }

    private static void AddRisks(IsmsBuilder b, LocalDate asOf)
    {
        RiskAssessment A(int l, int c, int monthsAgo = 2) => new(new LikelihoodLevel(l), new ConsequenceLevel(c), asOf.PlusMonths(-monthsAgo));
        RiskScenario R(string id, string title, string owner, string threat, string vulnerability, RiskAssessment inherent, RiskAssessment current, TreatmentOption treatment, string[] assets, string[] applied, string[]? planned = null) => new()
        {
            Id = new RiskId(id),
            Title = title,
            Owner = P(owner),
            Threat = threat,
            Vulnerability = vulnerability,
            Inherent = inherent,
            Current = current,
            Treatment = treatment,
            Assets = [.. assets.Select(a => new AssetId(a))],
            AppliedControls = [.. applied.Select(AC)],
            PlannedControls = planned is null ? [] : [.. planned.Select(AC)],
            IdentifiedOn = asOf.PlusMonths(-14),
        };
        RiskAcceptance Accept(string by, RiskAssessment accepted, int monthsAgo, LocalDate? expires, string rationale) => new()
        {
            AcceptedBy = P(by), AcceptedOn = asOf.PlusMonths(-monthsAgo), AcceptedAssessment = accepted, ExpiresOn = expires, Rationale = rationale,
        };

        b.AddRisk(
            R("R-01", "Ransomware encrypts production data and backups", "a.ferreira", "Organised cybercrime", "Privileged access from endpoints; backups reachable from production", A(4, 5), A(2, 4), TreatmentOption.Modify, ["A-04", "A-07", "A-14"], ["AC-03", "AC-04", "AC-05", "AC-06"]),
            R("R-02", "Account takeover of an engineer leads to production access", "l.hoffmann", "Phishing and MFA fatigue attacks", "Password-based logins to some tools", A(4, 5), A(2, 4), TreatmentOption.Modify, ["A-10", "A-06"], ["AC-01", "AC-02", "AC-12"]),
            R("R-03", "Cardholder data exfiltrated from the vault", "a.ferreira", "Targeted attacker", "Detection coverage of vault access is incomplete", A(3, 5), A(2, 5), TreatmentOption.Modify, ["A-03", "A-13"], ["AC-11", "AC-04"], ["AC-08"]) with { Residual = A(1, 5) },
            R("R-04", "Malicious dependency compromises the build", "d.brandt", "Supply-chain attacker", "Hundreds of transitive open-source dependencies", A(3, 4), A(2, 4), TreatmentOption.Modify, ["A-08", "A-09"], ["AC-07", "AC-20"]),
            R("R-05", "Region outage makes the payment API unavailable", "m.santos", "AWS regional failure", "Failover to eu-west-1 not proven", A(2, 5), A(2, 4), TreatmentOption.Modify, ["A-01", "A-06"], ["AC-14", "AC-17"]),
            R("R-06", "DDoS attack against the payment API", "r.costa", "Extortion groups", "Public API endpoints", A(4, 3), A(2, 3), TreatmentOption.Modify, ["A-01"], ["AC-17"]),
            R("R-07", "Insider misuse of merchant KYC data", "s.klein", "Malicious or curious insider", "Broad support access to KYC records; long retention", A(3, 4), A(3, 4), TreatmentOption.Retain, ["A-15", "A-02"], ["AC-02"], ["AC-18"])
                with { Acceptance = Accept("s.klein", A(3, 4), 13, asOf.PlusDays(-20), "Access logging in place; deletion automation planned (T-05)") },
            R("R-08", "Lost or stolen laptop exposes confidential data", "f.wagner", "Theft, loss", "Mobile workforce", A(4, 3), A(2, 2), TreatmentOption.Modify, ["A-11"], ["AC-05", "AC-01"]),
            R("R-09", "Misconfigured storage exposes data publicly", "a.ferreira", "Configuration error", "Many engineers can change infrastructure", A(3, 4), A(2, 4), TreatmentOption.Modify, ["A-06", "A-14"], ["AC-04", "AC-20"]),
            R("R-10", "Breach at the support tool provider exposes merchant data", "m.zielinska", "Supplier compromise", "Tickets contain personal data; supplier not yet assessed", A(3, 3), A(3, 3), TreatmentOption.Modify, ["A-16", "A-15"], [], ["AC-10"]),
            R("R-11", "Unpatched Kubernetes nodes exploited", "m.vogel", "Opportunistic attackers", "Node images patched manually", A(3, 4), A(2, 4), TreatmentOption.Modify, ["A-07"], ["AC-06"]),
            R("R-12", "Fraudulent payouts through a compromised admin function", "p.becker", "Fraudster with stolen admin credentials", "Single approval for payout changes", A(3, 5), A(3, 4), TreatmentOption.Retain, ["A-01", "A-02"], ["AC-01", "AC-02"])
                with { Acceptance = Accept("p.becker", A(2, 4, 8), 8, asOf.PlusMonths(4), "Payout limits and daily reconciliation") },
            R("R-13", "Confidential documents shared outside the company", "f.wagner", "Careless or departing staff", "Unrestricted external sharing in Google Workspace", A(3, 3), A(3, 3), TreatmentOption.Modify, ["A-19"], [], ["AC-13"]),
            R("R-14", "Major ICT incident not reported to BaFin in time", "e.schulz", "Process failure during an incident", "Reporting duty not embedded in on-call runbooks", A(2, 4, 15), A(2, 3, 15), TreatmentOption.Modify, ["A-17"], ["AC-09"]),
            R("R-15", "Loss of key platform engineers", "m.santos", "Attrition in a tight labour market", "Knowledge concentrated in few people", A(3, 3), A(3, 2), TreatmentOption.Retain, ["A-21"], []));
    }

    private static void AddDocuments(IsmsBuilder b, LocalDate asOf)
    {
        DocumentedInformation D(string id, string title, string version, string owner, int approvedMonthsAgo, int reviewInMonths, InformationClassification classification, params MandatoryDocument[] fulfils) => new()
        {
            Id = Doc(id),
            Title = title,
            Version = version,
            Owner = P(owner),
            ApprovedBy = approvedMonthsAgo < 0 ? null : P(owner == "k.albers" ? "m.santos" : "k.albers"),
            ApprovedOn = approvedMonthsAgo < 0 ? null : asOf.PlusMonths(-approvedMonthsAgo),
            NextReviewOn = asOf.PlusMonths(reviewInMonths),
            Retention = Period.FromYears(7),
            Classification = classification,
            Location = $"https://docs.helix-pay.example/isms/{id}",
            Fulfils = [.. fulfils],
        };
        const InformationClassification I = InformationClassification.Internal, C = InformationClassification.Confidential;
        b.AddDocument(
            D("DOC-01", "ISMS scope", "2.0", "t.nowak", 10, 2, I, MandatoryDocument.Scope),
            D("DOC-02", "Information security policy", "3.0", "l.hoffmann", 10, 2, I, MandatoryDocument.InformationSecurityPolicy),
            D("DOC-03", "Risk management methodology", "2.1", "t.nowak", 9, 3, I, MandatoryDocument.RiskAssessmentProcess),
            D("DOC-04", "Risk treatment procedure", "0.9", "t.nowak", -1, 6, I, MandatoryDocument.RiskTreatmentProcess),
            D("DOC-05", "Statement of Applicability", "2.0", "t.nowak", 4, 8, C, MandatoryDocument.StatementOfApplicability),
            D("DOC-06", "Information security objectives 2026", "1.0", "l.hoffmann", 10, 2, I, MandatoryDocument.InformationSecurityObjectives),
            D("DOC-07", "Competence matrix and training records", "1.3", "j.lange", 3, 9, C, MandatoryDocument.CompetenceEvidence),
            D("DOC-08", "Access control policy", "1.4", "l.hoffmann", 14, -2, I, MandatoryDocument.DeemedNecessary),
            D("DOC-09", "Risk assessment and treatment report 2026", "1.0", "t.nowak", 5, 7, C, MandatoryDocument.RiskAssessmentResults, MandatoryDocument.RiskTreatmentResults),
            D("DOC-10", "ISMS performance report Q3", "1.0", "t.nowak", 1, 2, C, MandatoryDocument.MonitoringResults),
            D("DOC-11", "Internal audit programme 2026-2028 and reports", "1.1", "t.nowak", 10, 2, C, MandatoryDocument.AuditProgrammeAndResults),
            D("DOC-12", "Management review minutes", "1.0", "k.albers", 8, 4, C, MandatoryDocument.ManagementReviewResults),
            D("DOC-13", "Nonconformity and corrective action log", "live", "t.nowak", 1, 11, I, MandatoryDocument.NonconformitiesAndCorrectiveActions),
            D("DOC-14", "Incident response plan", "2.2", "r.costa", 6, 6, I, MandatoryDocument.DeemedNecessary, MandatoryDocument.OperationalPlanningEvidence),
            D("DOC-15", "Business continuity and disaster recovery plan", "1.2", "r.costa", 7, 5, C, MandatoryDocument.DeemedNecessary));
    }

    private static StatementOfApplicability Soa(IsmsBuilder b, LocalDate asOf)
    {
        var catalog = Catalog;
        var risksByControl = b.Risks
            .SelectMany(r => r.AllControls.SelectMany(ac => b.AppliedControls[ac].Implements).Select(c => (Control: c, Risk: r.Id)))
            .GroupBy(x => x.Control)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Risk).Distinct().ToImmutableArray());
        var requirementsByControl = new Dictionary<string, (InclusionReason Reason, string Requirement)[]>
        {
            ["5.5"] = [(InclusionReason.Regulatory, "REQ-03")],
            ["5.24"] = [(InclusionReason.Regulatory, "REQ-03")],
            ["5.26"] = [(InclusionReason.Regulatory, "REQ-03"), (InclusionReason.Contractual, "REQ-04")],
            ["5.31"] = [(InclusionReason.Legal, "REQ-01"), (InclusionReason.Legal, "REQ-07")],
            ["5.33"] = [(InclusionReason.Legal, "REQ-05")],
            ["5.34"] = [(InclusionReason.Legal, "REQ-01")],
            ["8.24"] = [(InclusionReason.Contractual, "REQ-02")],
            ["5.30"] = [(InclusionReason.Contractual, "REQ-04"), (InclusionReason.Regulatory, "REQ-03")],
            ["5.19"] = [(InclusionReason.Regulatory, "REQ-03")],
        };
        var skipped = new HashSet<string> { "5.7", "8.23" }; // carried over from the 2013 SoA: new controls not yet decided
        var decisions = new List<SoaDecision>();
        foreach (var control in catalog.Controls)
        {
            var id = control.Id.Value;
            if (skipped.Contains(id))
            {
                continue;
            }

            if (id == "8.30")
            {
                decisions.Add(SoaDecision.Exclude(control.Id, ExclusionReason.ActivityNotPerformed, "All software development is performed by Helix employees; no development is outsourced."));
                continue;
            }

            if (id == "7.4")
            {
                decisions.Add(SoaDecision.Exclude(control.Id, ExclusionReason.OutsideScope, "Helix operates no data centre or server room; production runs in AWS, whose physical monitoring is covered by its ISO/IEC 27001 certificate. Offices hold no card data."));
                continue;
            }

            var implementers = b.AppliedControls.Where(a => a.Implements.Contains(control.Id)).ToList();
            var status = implementers.Count == 0
                ? ImplementationStatus.Implemented
                : implementers.Min(a => a.Status switch
                {
                    ControlStatus.Implemented => ImplementationStatus.Implemented,
                    ControlStatus.Planned => ImplementationStatus.Planned,
                    _ => ImplementationStatus.PartiallyImplemented,
                });
            var reasons = new List<InclusionReason>();
            var risks = risksByControl.GetValueOrDefault(control.Id, []);
            if (!risks.IsEmpty)
            {
                reasons.Add(InclusionReason.RiskTreatment);
            }

            var requirements = requirementsByControl.GetValueOrDefault(id, []);
            reasons.AddRange(requirements.Select(r => r.Reason).Distinct());
            if (reasons.Count == 0 && id != "5.6")
            {
                reasons.Add(InclusionReason.BestPractice); // deliberate gap: 5.6 keeps no reason
            }

            decisions.Add(new SoaDecision
            {
                Control = control.Id,
                Applicable = true,
                Status = status,
                Reasons = [.. reasons],
                Risks = risks,
                Requirements = [.. requirements.Select(r => new RequirementId(r.Requirement)).Distinct()],
                AppliedControls = [.. implementers.Select(a => a.Id)],
                Evidence = implementers.Count == 0
                    ? [new EvidenceReference { Description = "Covered by the information security policy and topic-specific procedures", Document = Doc("DOC-02") }]
                    : [],
            });
        }

        return new StatementOfApplicability(
            catalog,
            decisions,
            new SoaVersion { Version = "2.0", ApprovedBy = P("k.albers"), ApprovedOn = asOf.PlusMonths(-4), ChangeSummary = "Transition from the 2013 SoA" });
    }

    private static TreatmentAction Action(string id, string title, string? owner, LocalDate due, TreatmentActionStatus status, string resources, string[] risks, string[] controls) => new()
    {
        Id = new TreatmentActionId(id),
        Title = title,
        Owner = owner is null ? null : P(owner),
        Due = due,
        Status = status,
        Resources = resources,
        Risks = [.. risks.Select(r => new RiskId(r))],
        Controls = [.. controls.Select(AC)],
    };

    private static void AddObjectivesAndMeasurements(IsmsBuilder b, LocalDate asOf)
    {
        b.AddObjective(
            new InformationSecurityObjective { Id = new ObjectiveId("O-01"), Title = "Patch critical vulnerabilities quickly", Measure = "Median days from disclosure of a CVSS >= 9 vulnerability to the patch in production", Target = "<= 7 days", Owner = P("a.ferreira"), Due = asOf.PlusMonths(5), EvaluationMethod = "Monthly patch SLA report, reviewed in the security steering meeting", Resources = "Platform team capacity (10%)" },
            new InformationSecurityObjective { Id = new ObjectiveId("O-02"), Title = "Staff recognise phishing", Measure = "Click rate in quarterly phishing simulations", Target = "< 5%", Owner = P("t.nowak"), Due = asOf.PlusMonths(5), EvaluationMethod = "Quarterly simulation report" },
            new InformationSecurityObjective { Id = new ObjectiveId("O-03"), Title = "Improve the security culture", Owner = P("l.hoffmann"), Due = asOf.PlusMonths(5) },
            new InformationSecurityObjective { Id = new ObjectiveId("O-04"), Title = "Achieve ISO/IEC 27001:2022 certification", Measure = "Certificate issued", Target = "Certificate before Series C closing", Owner = P("l.hoffmann"), Due = asOf.PlusMonths(6), EvaluationMethod = "Board review of the certification project plan" });
        MeasurementResult M(string id, string metric, int monthsAgo, decimal value, string unit, string target, bool meets, string? objective = null, string? control = null, string? activity = null) => new()
        {
            Id = new MeasurementId(id), Metric = metric, MeasuredOn = asOf.PlusMonths(-monthsAgo), Value = value, Unit = unit, Target = target, MeetsTarget = meets, MeasuredBy = P("t.nowak"),
            Objective = objective is null ? null : new ObjectiveId(objective), Control = control is null ? null : AC(control),
            Activity = activity is null ? null : new MonitoringActivityId(activity), EvaluatedBy = activity is null ? null : P("l.hoffmann"),
        };
        b.AddMeasurement(
            M("M-01", "Median days to patch critical vulnerabilities", 1, 9, "days", "<= 7", false, "O-01", "AC-06", "MON-02"),
            M("M-02", "Phishing simulation click rate", 2, 4.1m, "%", "< 5%", true, "O-02", "AC-12", "MON-03"),
            M("M-03", "MFA coverage of staff accounts", 1, 100, "%", "100%", true, null, "AC-01", "MON-01"),
            M("M-04", "Backup restore tests passed", 1, 12, "of 12", "12 of 12", true, null, "AC-03"),
            M("M-05", "Regional failover test", 3, 0, "passed", "1", false, null, "AC-14"),
            M("M-06", "Access reviews completed on time", 2, 88, "%", ">= 95%", false, null, "AC-02"));
    }

    private static void AddCompetenceAndAwareness(IsmsBuilder b, LocalDate asOf)
    {
        CompetenceRecord C(string id, string person, string competence, CompetenceEvidenceKind kind, int yearsAgo, string? role = null) => new()
        {
            Id = new CompetenceRecordId(id), Person = P(person), Competence = competence, Kind = kind, AchievedOn = asOf.PlusYears(-yearsAgo),
            Role = role is null ? null : new RoleId(role), Evidence = "HR file / certificate copy",
        };
        b.AddCompetenceRecord(
            C("CR-01", "l.hoffmann", "CISSP", CompetenceEvidenceKind.Certification, 6),
            C("CR-02", "t.nowak", "ISO/IEC 27001 Lead Implementer", CompetenceEvidenceKind.Certification, 2),
            C("CR-03", "s.klein", "CIPP/E", CompetenceEvidenceKind.Certification, 4),
            C("CR-04", "h.lund", "ISO/IEC 27001 Lead Auditor (IRCA)", CompetenceEvidenceKind.Certification, 8),
            C("CR-05", "r.costa", "Incident handling (SANS SEC504)", CompetenceEvidenceKind.Training, 3));
        var recent = new[] { "k.albers", "j.richter", "m.santos", "l.hoffmann", "t.nowak", "s.klein", "a.ferreira", "d.brandt", "r.costa", "n.petrova", "j.lange", "m.zielinska", "e.schulz", "h.lund" };
        var stale = new[] { "f.wagner", "p.becker", "j.pereira" }; // deliberate gap: awareness older than 12 months
        var n = 0;
        b.AddAwarenessRecord([
            .. recent.Select(p => new AwarenessRecord { Id = new AwarenessRecordId($"AW-{++n:000}"), Person = P(p), Topic = "Annual security awareness 2026", CompletedOn = asOf.PlusMonths(-3) }),
            .. stale.Select(p => new AwarenessRecord { Id = new AwarenessRecordId($"AW-{++n:000}"), Person = P(p), Topic = "Annual security awareness 2025", CompletedOn = asOf.PlusMonths(-15) }),
        ]);
    }

    private static void AddAuditsReviewsAndNonconformities(IsmsBuilder b, LocalDate asOf)
    {
        b.AuditProgramme = new AuditProgramme
        {
            Title = "Internal audit programme 2026-2028",
            Owner = P("l.hoffmann"),
            PeriodStart = asOf.PlusMonths(-10),
            PeriodEnd = asOf.PlusMonths(26),
            Approach = "Clauses 4-10 yearly; all Annex A themes over three years, risk-weighted; reports to the CISO and the board",
            Document = Doc("DOC-11"),
            ApprovedBy = P("k.albers"),
        };
        b.AddAudit(
            new InternalAudit
            {
                Id = new AuditId("AU-2026-01"),
                Title = "Management system audit: clauses 4 to 10",
                Status = AuditStatus.Completed,
                PlannedOn = asOf.PlusMonths(-3).PlusDays(-7),
                CompletedOn = asOf.PlusMonths(-3),
                LeadAuditor = P("t.nowak"), // deliberate gap: the ISMS manager audits the management system he runs
                Auditees = [P("l.hoffmann"), P("a.ferreira"), P("d.brandt"), P("j.lange")],
                Clauses = ["4", "5", "6", "7", "8", "9", "10"],
                Sites = [Site("BER"), Site("LIS")],
                Report = Doc("DOC-11"),
                Findings =
                [
                    new AuditFinding { Id = new FindingId("F-01"), Grade = FindingGrade.MinorNonconformity, Clause = "8.1", Control = new ControlId("5.18"), Description = "Access reviews for the support tool were not performed in Q2", Nonconformity = new NonconformityId("NC-001") },
                    new AuditFinding { Id = new FindingId("F-02"), Grade = FindingGrade.Observation, Clause = "7.5.3", Description = "Several procedures are stored outside the document management system" },
                    new AuditFinding { Id = new FindingId("F-03"), Grade = FindingGrade.MinorNonconformity, Clause = "9.3.2", Description = "The management review did not consider changes in interested parties' needs", Nonconformity = new NonconformityId("NC-002") },
                ],
            },
            new InternalAudit
            {
                Id = new AuditId("AU-2026-02"),
                Title = "Annex A audit: technological and people controls",
                Status = AuditStatus.Completed,
                PlannedOn = asOf.PlusMonths(-2).PlusDays(-5),
                CompletedOn = asOf.PlusMonths(-2),
                LeadAuditor = P("h.lund"),
                Auditees = [P("a.ferreira"), P("f.wagner"), P("r.costa"), P("j.lange")],
                Controls = [.. new[] { "6.1", "6.2", "6.3", "6.5", "8.1", "8.2", "8.5", "8.7", "8.8", "8.13", "8.14", "8.15", "8.16", "8.20", "8.24", "8.32" }.Select(c => new ControlId(c))],
                Sites = [Site("LIS"), Site("KRK")],
                Report = Doc("DOC-11"),
                Findings =
                [
                    new AuditFinding { Id = new FindingId("F-04"), Grade = FindingGrade.MajorNonconformity, Clause = "8.1", Control = new ControlId("8.14"), Description = "The regional failover test failed; the availability commitment of 99.95% cannot be met in a region outage", Nonconformity = new NonconformityId("NC-003") },
                    new AuditFinding { Id = new FindingId("F-05"), Grade = FindingGrade.OpportunityForImprovement, Control = new ControlId("8.16"), Description = "SIEM alerts could be routed to the on-call rotation directly" },
                ],
            },
            new InternalAudit
            {
                Id = new AuditId("AU-2027-01"),
                Title = "Annex A audit: organisational and physical controls",
                Status = AuditStatus.Planned,
                PlannedOn = asOf.PlusMonths(4),
                LeadAuditor = P("h.lund"),
                Controls = [.. Catalog.Controls.Where(c => c.Theme is "Organizational" or "Physical").Select(c => c.Id)],
            });
        b.AddManagementReview(new ManagementReview
        {
            Id = new ManagementReviewId("MR-2026-1"),
            HeldOn = asOf.PlusMonths(-8),
            Chair = P("k.albers"),
            Attendees = [P("j.richter"), P("m.santos"), P("l.hoffmann"), P("t.nowak")],
            Inputs = new Dictionary<ManagementReviewInput, string>
            {
                [ManagementReviewInput.PreviousActionsStatus] = "First review: no previous actions",
                [ManagementReviewInput.ContextChanges] = "DORA in force; headcount growth",
                [ManagementReviewInput.NonconformitiesAndCorrectiveActions] = "None raised yet",
                [ManagementReviewInput.MonitoringAndMeasurementResults] = "Patch SLA missed twice; MFA at 100%",
                [ManagementReviewInput.AuditResults] = "Gap assessment by Henrik Lund",
                [ManagementReviewInput.ObjectivesFulfilment] = "Objectives set in January",
                [ManagementReviewInput.InterestedPartyFeedback] = "Two merchants asked for the ISO certificate",
                [ManagementReviewInput.RiskAssessmentAndTreatmentStatus] = "15 risks; 3 above appetite; treatment plan approved",
            }.ToImmutableDictionary(),
            ImprovementDecisions = ["Fund SIEM rollout", "Hire a second security engineer"],
            ChangesToIsms = ["Extend scope to the Kraków support centre"],
            Minutes = Doc("DOC-12"),
        });
        b.AddNonconformity(
            new Nonconformity
            {
                Id = new NonconformityId("NC-001"),
                Description = "Access reviews for the support tool were not performed in Q2 (A.5.18)",
                Source = NonconformitySource.InternalAudit,
                Finding = new FindingId("F-01"),
                Grade = FindingGrade.MinorNonconformity,
                RaisedOn = asOf.PlusMonths(-3),
                Owner = P("m.zielinska"),
                Correction = "Q2 review performed late; 4 stale accounts removed",
                RootCause = "The support tool was missing from the review calendar",
                CorrectiveActions = [new CorrectiveAction { Id = new CorrectiveActionId("CA-001"), Description = "Generate the review calendar from the asset inventory", Owner = P("t.nowak"), Due = asOf.PlusMonths(-2), CompletedOn = asOf.PlusMonths(-2).PlusDays(-3) }],
                Verification = new EffectivenessVerification { VerifiedBy = P("l.hoffmann"), VerifiedOn = asOf.PlusMonths(-1), Effective = true, Method = "Q3 review sampled: all in-scope systems reviewed on time" },
                ClosedOn = asOf.PlusMonths(-1),
            },
            new Nonconformity
            {
                Id = new NonconformityId("NC-002"),
                Description = "Management review did not consider changes in interested parties' needs (9.3.2 c)",
                Source = NonconformitySource.InternalAudit,
                Finding = new FindingId("F-03"),
                Grade = FindingGrade.MinorNonconformity,
                RaisedOn = asOf.PlusMonths(-3),
                Owner = P("t.nowak"),
                Correction = "Interested-party changes summarised for the next review",
                RootCause = "The review agenda template predates Amendment 1:2024",
                CorrectiveActions = [new CorrectiveAction { Id = new CorrectiveActionId("CA-002"), Description = "Update the management review agenda template to clause 9.3.2 a-g", Owner = P("t.nowak"), Due = asOf.PlusDays(-10) }],
            },
            new Nonconformity
            {
                Id = new NonconformityId("NC-003"),
                Description = "Regional failover test failed; availability commitments cannot be met in a region outage",
                Source = NonconformitySource.InternalAudit,
                Finding = new FindingId("F-04"),
                Grade = FindingGrade.MajorNonconformity,
                RaisedOn = asOf.PlusMonths(-2),
                Owner = P("r.costa"),
                Correction = "Manual failover procedure documented as a stop-gap",
            });
    }
}
