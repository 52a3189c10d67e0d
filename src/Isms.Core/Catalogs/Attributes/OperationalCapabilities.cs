namespace Isms.Core.Catalogs.Attributes;

/// <summary>
/// The ISO/IEC 27002:2022 attribute "operational capabilities": the practitioner's view of the capability the control
/// belongs to (flags; 15 values). The hashtag spelling (e.g. <c>#Asset_management</c>) is given by
/// <see cref="Iso27002Hashtags"/>.
/// <para>ISO/IEC 27002:2022 clause 4.2 d and Annex A, Table A.1.</para>
/// </summary>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
[Flags]
public enum OperationalCapabilities
{
    /// <summary>No value (invalid on a catalog control; "no filter" in an <see cref="AttributeQuery"/>).</summary>
    None = 0,

    /// <summary><c>#Governance</c>.</summary>
    Governance = 1 << 0,

    /// <summary><c>#Asset_management</c>.</summary>
    AssetManagement = 1 << 1,

    /// <summary><c>#Information_protection</c>.</summary>
    InformationProtection = 1 << 2,

    /// <summary><c>#Human_resource_security</c>.</summary>
    HumanResourceSecurity = 1 << 3,

    /// <summary><c>#Physical_security</c>.</summary>
    PhysicalSecurity = 1 << 4,

    /// <summary><c>#System_and_network_security</c>.</summary>
    SystemAndNetworkSecurity = 1 << 5,

    /// <summary><c>#Application_security</c>.</summary>
    ApplicationSecurity = 1 << 6,

    /// <summary><c>#Secure_configuration</c>.</summary>
    SecureConfiguration = 1 << 7,

    /// <summary><c>#Identity_and_access_management</c>.</summary>
    IdentityAndAccessManagement = 1 << 8,

    /// <summary><c>#Threat_and_vulnerability_management</c>.</summary>
    ThreatAndVulnerabilityManagement = 1 << 9,

    /// <summary><c>#Continuity</c>.</summary>
    Continuity = 1 << 10,

    /// <summary><c>#Supplier_relationships_security</c>.</summary>
    SupplierRelationshipsSecurity = 1 << 11,

    /// <summary><c>#Legal_and_compliance</c>.</summary>
    LegalAndCompliance = 1 << 12,

    /// <summary><c>#Information_security_event_management</c>.</summary>
    InformationSecurityEventManagement = 1 << 13,

    /// <summary><c>#Information_security_assurance</c>.</summary>
    InformationSecurityAssurance = 1 << 14,
}
