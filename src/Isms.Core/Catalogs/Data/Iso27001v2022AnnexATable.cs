using System.Collections.Immutable;
using Isms.Core.Catalogs.Attributes;
using C = Isms.Core.Catalogs.Attributes.CybersecurityConcepts;
using D = Isms.Core.Catalogs.Attributes.SecurityDomains;
using K = Isms.Core.Catalogs.Attributes.OperationalCapabilities;
using P = Isms.Core.Catalogs.Attributes.InformationSecurityProperties;
using T = Isms.Core.Catalogs.Attributes.ControlTypes;

namespace Isms.Core.Catalogs.Data;

/// <summary>
/// ISO/IEC 27001:2022 Annex A: 93 controls with theme, title, new-in-2022 flag and the ISO/IEC 27002:2022 Table A.1
/// attributes (control type, properties, concepts, capabilities, domains). Data, not a format: the model reads no
/// files. Sources and verification: docs/catalogs.md; pinned by VerifiedTableDigestTests and AnnexA2022Tests.
/// </summary>
internal static class Iso27001v2022AnnexATable
{
    private const string Organizational = nameof(Iso27001Theme.Organizational);
    private const string People = nameof(Iso27001Theme.People);
    private const string Physical = nameof(Iso27001Theme.Physical);
    private const string Technological = nameof(Iso27001Theme.Technological);
    private const bool New = true;
    private const bool Kept = false;

    /// <summary>The controls in the standard's order.</summary>
    public static ImmutableArray<CatalogControl> Controls() =>
    [
        Row("5.1", Organizational, "Policies for information security", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Identify, K.Governance, D.GovernanceAndEcosystem | D.Resilience),
        Row("5.2", Organizational, "Information security roles and responsibilities", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Identify, K.Governance, D.GovernanceAndEcosystem | D.Protection | D.Resilience),
        Row("5.3", Organizational, "Segregation of duties", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.Governance | K.IdentityAndAccessManagement, D.GovernanceAndEcosystem),
        Row("5.4", Organizational, "Management responsibilities", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Identify, K.Governance, D.GovernanceAndEcosystem),
        Row("5.5", Organizational, "Contact with authorities", Kept, T.Preventive | T.Corrective, P.Confidentiality | P.Integrity | P.Availability, C.Identify | C.Protect | C.Respond | C.Recover, K.Governance, D.Defence | D.Resilience),
        Row("5.6", Organizational, "Contact with special interest groups", Kept, T.Preventive | T.Corrective, P.Confidentiality | P.Integrity | P.Availability, C.Protect | C.Respond | C.Recover, K.Governance, D.Defence),
        Row("5.7", Organizational, "Threat intelligence", New, T.Preventive | T.Detective | T.Corrective, P.Confidentiality | P.Integrity | P.Availability, C.Identify | C.Detect | C.Respond, K.ThreatAndVulnerabilityManagement, D.Defence | D.Resilience),
        Row("5.8", Organizational, "Information security in project management", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Identify | C.Protect, K.Governance, D.GovernanceAndEcosystem | D.Protection),
        Row("5.9", Organizational, "Inventory of information and other associated assets", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Identify, K.AssetManagement, D.GovernanceAndEcosystem | D.Protection),
        Row("5.10", Organizational, "Acceptable use of information and other associated assets", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.AssetManagement | K.InformationProtection, D.GovernanceAndEcosystem | D.Protection),
        Row("5.11", Organizational, "Return of assets", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.AssetManagement, D.Protection),
        Row("5.12", Organizational, "Classification of information", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Identify, K.InformationProtection, D.Protection | D.Defence),
        Row("5.13", Organizational, "Labelling of information", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.InformationProtection, D.Protection | D.Defence),
        Row("5.14", Organizational, "Information transfer", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.AssetManagement | K.InformationProtection, D.Protection),
        Row("5.15", Organizational, "Access control", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.IdentityAndAccessManagement, D.Protection),
        Row("5.16", Organizational, "Identity management", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.IdentityAndAccessManagement, D.Protection),
        Row("5.17", Organizational, "Authentication information", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.IdentityAndAccessManagement, D.Protection),
        Row("5.18", Organizational, "Access rights", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.IdentityAndAccessManagement, D.Protection),
        Row("5.19", Organizational, "Information security in supplier relationships", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Identify, K.SupplierRelationshipsSecurity, D.GovernanceAndEcosystem | D.Protection),
        Row("5.20", Organizational, "Addressing information security within supplier agreements", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Identify, K.SupplierRelationshipsSecurity, D.GovernanceAndEcosystem | D.Protection),
        Row("5.21", Organizational, "Managing information security in the ICT supply chain", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Identify, K.SupplierRelationshipsSecurity, D.GovernanceAndEcosystem | D.Protection),
        Row("5.22", Organizational, "Monitoring, review and change management of supplier services", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Identify, K.SupplierRelationshipsSecurity | K.InformationSecurityAssurance, D.GovernanceAndEcosystem | D.Protection | D.Defence),
        Row("5.23", Organizational, "Information security for use of cloud services", New, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.SupplierRelationshipsSecurity, D.GovernanceAndEcosystem | D.Protection),
        Row("5.24", Organizational, "Information security incident management planning and preparation", Kept, T.Corrective, P.Confidentiality | P.Integrity | P.Availability, C.Respond | C.Recover, K.Governance | K.InformationSecurityEventManagement, D.Defence),
        Row("5.25", Organizational, "Assessment and decision on information security events", Kept, T.Detective, P.Confidentiality | P.Integrity | P.Availability, C.Detect | C.Respond, K.InformationSecurityEventManagement, D.Defence),
        Row("5.26", Organizational, "Response to information security incidents", Kept, T.Corrective, P.Confidentiality | P.Integrity | P.Availability, C.Respond | C.Recover, K.InformationSecurityEventManagement, D.Defence),
        Row("5.27", Organizational, "Learning from information security incidents", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Identify | C.Protect, K.InformationSecurityEventManagement, D.Defence),
        Row("5.28", Organizational, "Collection of evidence", Kept, T.Corrective, P.Confidentiality | P.Integrity | P.Availability, C.Detect | C.Respond, K.InformationSecurityEventManagement, D.Defence),
        Row("5.29", Organizational, "Information security during disruption", Kept, T.Preventive | T.Corrective, P.Confidentiality | P.Integrity | P.Availability, C.Protect | C.Respond, K.Continuity, D.Protection | D.Resilience),
        Row("5.30", Organizational, "ICT readiness for business continuity", New, T.Corrective, P.Availability, C.Respond, K.Continuity, D.Resilience),
        Row("5.31", Organizational, "Legal, statutory, regulatory and contractual requirements", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Identify, K.LegalAndCompliance, D.GovernanceAndEcosystem | D.Protection),
        Row("5.32", Organizational, "Intellectual property rights", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Identify, K.LegalAndCompliance, D.GovernanceAndEcosystem),
        Row("5.33", Organizational, "Protection of records", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Identify | C.Protect, K.AssetManagement | K.InformationProtection | K.LegalAndCompliance, D.Defence),
        Row("5.34", Organizational, "Privacy and protection of PII", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Identify | C.Protect, K.InformationProtection | K.LegalAndCompliance, D.Protection),
        Row("5.35", Organizational, "Independent review of information security", Kept, T.Preventive | T.Corrective, P.Confidentiality | P.Integrity | P.Availability, C.Identify | C.Protect, K.InformationSecurityAssurance, D.GovernanceAndEcosystem),
        Row("5.36", Organizational, "Compliance with policies, rules and standards for information security", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Identify | C.Protect, K.LegalAndCompliance | K.InformationSecurityAssurance, D.GovernanceAndEcosystem),
        Row("5.37", Organizational, "Documented operating procedures", Kept, T.Preventive | T.Corrective, P.Confidentiality | P.Integrity | P.Availability, C.Protect | C.Recover, K.AssetManagement | K.PhysicalSecurity | K.SystemAndNetworkSecurity | K.ApplicationSecurity | K.SecureConfiguration | K.IdentityAndAccessManagement | K.ThreatAndVulnerabilityManagement | K.Continuity | K.InformationSecurityEventManagement, D.GovernanceAndEcosystem | D.Protection | D.Defence),
        Row("6.1", People, "Screening", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.HumanResourceSecurity, D.GovernanceAndEcosystem),
        Row("6.2", People, "Terms and conditions of employment", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.HumanResourceSecurity, D.GovernanceAndEcosystem),
        Row("6.3", People, "Information security awareness, education and training", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.HumanResourceSecurity, D.GovernanceAndEcosystem),
        Row("6.4", People, "Disciplinary process", Kept, T.Preventive | T.Corrective, P.Confidentiality | P.Integrity | P.Availability, C.Protect | C.Respond, K.HumanResourceSecurity, D.GovernanceAndEcosystem),
        Row("6.5", People, "Responsibilities after termination or change of employment", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.AssetManagement | K.HumanResourceSecurity, D.GovernanceAndEcosystem),
        Row("6.6", People, "Confidentiality or non-disclosure agreements", Kept, T.Preventive, P.Confidentiality, C.Protect, K.InformationProtection | K.HumanResourceSecurity | K.SupplierRelationshipsSecurity, D.GovernanceAndEcosystem),
        Row("6.7", People, "Remote working", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.AssetManagement | K.InformationProtection | K.PhysicalSecurity | K.SystemAndNetworkSecurity, D.Protection),
        Row("6.8", People, "Information security event reporting", Kept, T.Detective, P.Confidentiality | P.Integrity | P.Availability, C.Detect, K.InformationSecurityEventManagement, D.Defence),
        Row("7.1", Physical, "Physical security perimeters", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.PhysicalSecurity, D.Protection),
        Row("7.2", Physical, "Physical entry", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.PhysicalSecurity | K.IdentityAndAccessManagement, D.Protection),
        Row("7.3", Physical, "Securing offices, rooms and facilities", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.AssetManagement | K.PhysicalSecurity, D.Protection),
        Row("7.4", Physical, "Physical security monitoring", New, T.Preventive | T.Detective, P.Confidentiality | P.Integrity | P.Availability, C.Protect | C.Detect, K.PhysicalSecurity, D.Protection | D.Defence),
        Row("7.5", Physical, "Protecting against physical and environmental threats", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.PhysicalSecurity, D.Protection),
        Row("7.6", Physical, "Working in secure areas", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.PhysicalSecurity, D.Protection),
        Row("7.7", Physical, "Clear desk and clear screen", Kept, T.Preventive, P.Confidentiality, C.Protect, K.PhysicalSecurity, D.Protection),
        Row("7.8", Physical, "Equipment siting and protection", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.AssetManagement | K.PhysicalSecurity, D.Protection),
        Row("7.9", Physical, "Security of assets off-premises", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.AssetManagement | K.PhysicalSecurity, D.Protection),
        Row("7.10", Physical, "Storage media", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.AssetManagement | K.PhysicalSecurity, D.Protection),
        Row("7.11", Physical, "Supporting utilities", Kept, T.Preventive | T.Detective, P.Integrity | P.Availability, C.Protect | C.Detect, K.PhysicalSecurity, D.Protection),
        Row("7.12", Physical, "Cabling security", Kept, T.Preventive, P.Confidentiality | P.Availability, C.Protect, K.PhysicalSecurity, D.Protection),
        Row("7.13", Physical, "Equipment maintenance", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.AssetManagement | K.PhysicalSecurity, D.Protection | D.Resilience),
        Row("7.14", Physical, "Secure disposal or re-use of equipment", Kept, T.Preventive, P.Confidentiality, C.Protect, K.AssetManagement | K.PhysicalSecurity, D.Protection),
        Row("8.1", Technological, "User end point devices", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.AssetManagement | K.InformationProtection, D.Protection),
        Row("8.2", Technological, "Privileged access rights", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.IdentityAndAccessManagement, D.Protection),
        Row("8.3", Technological, "Information access restriction", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.IdentityAndAccessManagement, D.Protection),
        Row("8.4", Technological, "Access to source code", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.ApplicationSecurity | K.SecureConfiguration | K.IdentityAndAccessManagement, D.Protection),
        Row("8.5", Technological, "Secure authentication", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.IdentityAndAccessManagement, D.Protection),
        Row("8.6", Technological, "Capacity management", Kept, T.Preventive | T.Detective, P.Integrity | P.Availability, C.Identify | C.Protect | C.Detect, K.Continuity, D.GovernanceAndEcosystem | D.Protection),
        Row("8.7", Technological, "Protection against malware", Kept, T.Preventive | T.Detective | T.Corrective, P.Confidentiality | P.Integrity | P.Availability, C.Protect | C.Detect, K.InformationProtection | K.SystemAndNetworkSecurity, D.Protection | D.Defence),
        Row("8.8", Technological, "Management of technical vulnerabilities", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Identify | C.Protect, K.ThreatAndVulnerabilityManagement, D.GovernanceAndEcosystem | D.Protection | D.Defence),
        Row("8.9", Technological, "Configuration management", New, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.SecureConfiguration, D.Protection),
        Row("8.10", Technological, "Information deletion", New, T.Preventive, P.Confidentiality, C.Protect, K.InformationProtection | K.LegalAndCompliance, D.Protection),
        Row("8.11", Technological, "Data masking", New, T.Preventive, P.Confidentiality, C.Protect, K.InformationProtection, D.Protection),
        Row("8.12", Technological, "Data leakage prevention", New, T.Preventive | T.Detective, P.Confidentiality, C.Protect | C.Detect, K.InformationProtection, D.Protection | D.Defence),
        Row("8.13", Technological, "Information backup", Kept, T.Corrective, P.Integrity | P.Availability, C.Recover, K.Continuity, D.Protection),
        Row("8.14", Technological, "Redundancy of information processing facilities", Kept, T.Preventive, P.Availability, C.Protect, K.AssetManagement | K.Continuity, D.Protection | D.Resilience),
        Row("8.15", Technological, "Logging", Kept, T.Detective, P.Confidentiality | P.Integrity | P.Availability, C.Detect, K.InformationSecurityEventManagement, D.Protection | D.Defence),
        Row("8.16", Technological, "Monitoring activities", New, T.Detective | T.Corrective, P.Confidentiality | P.Integrity | P.Availability, C.Detect | C.Respond, K.InformationSecurityEventManagement, D.Defence),
        Row("8.17", Technological, "Clock synchronization", Kept, T.Detective, P.Integrity, C.Protect | C.Detect, K.InformationSecurityEventManagement, D.Protection | D.Defence),
        Row("8.18", Technological, "Use of privileged utility programs", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.SystemAndNetworkSecurity | K.ApplicationSecurity | K.SecureConfiguration, D.Protection),
        Row("8.19", Technological, "Installation of software on operational systems", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.ApplicationSecurity | K.SecureConfiguration, D.Protection),
        Row("8.20", Technological, "Networks security", Kept, T.Preventive | T.Detective, P.Confidentiality | P.Integrity | P.Availability, C.Protect | C.Detect, K.SystemAndNetworkSecurity, D.Protection),
        Row("8.21", Technological, "Security of network services", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.SystemAndNetworkSecurity, D.Protection),
        Row("8.22", Technological, "Segregation of networks", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.SystemAndNetworkSecurity, D.Protection),
        Row("8.23", Technological, "Web filtering", New, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.SystemAndNetworkSecurity, D.Protection),
        Row("8.24", Technological, "Use of cryptography", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.SecureConfiguration, D.Protection),
        Row("8.25", Technological, "Secure development life cycle", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.SystemAndNetworkSecurity | K.ApplicationSecurity, D.Protection),
        Row("8.26", Technological, "Application security requirements", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.SystemAndNetworkSecurity | K.ApplicationSecurity, D.Protection | D.Defence),
        Row("8.27", Technological, "Secure system architecture and engineering principles", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.SystemAndNetworkSecurity | K.ApplicationSecurity, D.Protection),
        Row("8.28", Technological, "Secure coding", New, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.SystemAndNetworkSecurity | K.ApplicationSecurity, D.Protection),
        Row("8.29", Technological, "Security testing in development and acceptance", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Identify, K.SystemAndNetworkSecurity | K.ApplicationSecurity | K.InformationSecurityAssurance, D.Protection),
        Row("8.30", Technological, "Outsourced development", Kept, T.Preventive | T.Detective, P.Confidentiality | P.Integrity | P.Availability, C.Identify | C.Protect | C.Detect, K.SystemAndNetworkSecurity | K.ApplicationSecurity | K.SupplierRelationshipsSecurity, D.GovernanceAndEcosystem | D.Protection),
        Row("8.31", Technological, "Separation of development, test and production environments", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.SystemAndNetworkSecurity | K.ApplicationSecurity, D.Protection),
        Row("8.32", Technological, "Change management", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.SystemAndNetworkSecurity | K.ApplicationSecurity, D.Protection),
        Row("8.33", Technological, "Test information", Kept, T.Preventive, P.Confidentiality | P.Integrity, C.Protect, K.InformationProtection, D.Protection),
        Row("8.34", Technological, "Protection of information systems during audit testing", Kept, T.Preventive, P.Confidentiality | P.Integrity | P.Availability, C.Protect, K.InformationProtection | K.SystemAndNetworkSecurity, D.GovernanceAndEcosystem | D.Protection),
    ];

    private static CatalogControl Row(string id, string theme, string title, bool isNew, ControlTypes types, InformationSecurityProperties properties, CybersecurityConcepts concepts, OperationalCapabilities capabilities, SecurityDomains domains) =>
        new(new ControlId(id), theme, title)
        {
            IsNewIn2022 = isNew,
            Attributes = new Iso27002Attributes(types, properties, concepts, capabilities, domains),
        };
}
