using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Isms.Core.Catalogs.Attributes;

/// <summary>
/// The attribute values spelled as ISO/IEC 27002:2022 spells its hashtags, without the <c>#</c>
/// (<c>Preventive</c>, <c>Governance_and_Ecosystem</c>, <c>Information_security_assurance</c>): formatting in the
/// standard's order and parsing (case-insensitive, an optional leading <c>#</c> allowed).
/// <para>ISO/IEC 27002:2022 clause 4.2 and Annex A.</para>
/// </summary>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class Iso27002Hashtags
{
    // The name tables are built on each use (a few short arrays) rather than once per process, so the spellings are
    // built in the tests that check them.
    private static (ControlTypes Value, string Name)[] ControlTypeNames =>
    [
        (ControlTypes.Preventive, "Preventive"),
        (ControlTypes.Detective, "Detective"),
        (ControlTypes.Corrective, "Corrective"),
    ];

    private static (InformationSecurityProperties Value, string Name)[] PropertyNames =>
    [
        (InformationSecurityProperties.Confidentiality, "Confidentiality"),
        (InformationSecurityProperties.Integrity, "Integrity"),
        (InformationSecurityProperties.Availability, "Availability"),
    ];

    private static (CybersecurityConcepts Value, string Name)[] ConceptNames =>
    [
        (CybersecurityConcepts.Identify, "Identify"),
        (CybersecurityConcepts.Protect, "Protect"),
        (CybersecurityConcepts.Detect, "Detect"),
        (CybersecurityConcepts.Respond, "Respond"),
        (CybersecurityConcepts.Recover, "Recover"),
    ];

    private static (OperationalCapabilities Value, string Name)[] CapabilityNames =>
    [
        (OperationalCapabilities.Governance, "Governance"),
        (OperationalCapabilities.AssetManagement, "Asset_management"),
        (OperationalCapabilities.InformationProtection, "Information_protection"),
        (OperationalCapabilities.HumanResourceSecurity, "Human_resource_security"),
        (OperationalCapabilities.PhysicalSecurity, "Physical_security"),
        (OperationalCapabilities.SystemAndNetworkSecurity, "System_and_network_security"),
        (OperationalCapabilities.ApplicationSecurity, "Application_security"),
        (OperationalCapabilities.SecureConfiguration, "Secure_configuration"),
        (OperationalCapabilities.IdentityAndAccessManagement, "Identity_and_access_management"),
        (OperationalCapabilities.ThreatAndVulnerabilityManagement, "Threat_and_vulnerability_management"),
        (OperationalCapabilities.Continuity, "Continuity"),
        (OperationalCapabilities.SupplierRelationshipsSecurity, "Supplier_relationships_security"),
        (OperationalCapabilities.LegalAndCompliance, "Legal_and_compliance"),
        (OperationalCapabilities.InformationSecurityEventManagement, "Information_security_event_management"),
        (OperationalCapabilities.InformationSecurityAssurance, "Information_security_assurance"),
    ];

    private static (SecurityDomains Value, string Name)[] DomainNames =>
    [
        (SecurityDomains.GovernanceAndEcosystem, "Governance_and_Ecosystem"),
        (SecurityDomains.Protection, "Protection"),
        (SecurityDomains.Defence, "Defence"),
        (SecurityDomains.Resilience, "Resilience"),
    ];

    /// <summary>Every control type value, in the standard's order.</summary>
    public static ImmutableArray<ControlTypes> AllControlTypes { get; } = [.. ControlTypeNames.Select(n => n.Value)];

    /// <summary>Every information security property, in the standard's order.</summary>
    public static ImmutableArray<InformationSecurityProperties> AllProperties { get; } = [.. PropertyNames.Select(n => n.Value)];

    /// <summary>Every cybersecurity concept, in the standard's order.</summary>
    public static ImmutableArray<CybersecurityConcepts> AllConcepts { get; } = [.. ConceptNames.Select(n => n.Value)];

    /// <summary>Every operational capability (15), in the standard's order.</summary>
    public static ImmutableArray<OperationalCapabilities> AllCapabilities { get; } = [.. CapabilityNames.Select(n => n.Value)];

    /// <summary>Every security domain, in the standard's order.</summary>
    public static ImmutableArray<SecurityDomains> AllDomains { get; } = [.. DomainNames.Select(n => n.Value)];

    /// <summary>The hashtags (without <c>#</c>) of the values set in <paramref name="values"/>, in the standard's order.</summary>
    public static ImmutableArray<string> Names(ControlTypes values) => Select(ControlTypeNames, v => (values & v) != 0);

    /// <summary>The hashtags (without <c>#</c>) of the values set in <paramref name="values"/>, in the standard's order.</summary>
    public static ImmutableArray<string> Names(InformationSecurityProperties values) => Select(PropertyNames, v => (values & v) != 0);

    /// <summary>The hashtags (without <c>#</c>) of the values set in <paramref name="values"/>, in the standard's order.</summary>
    public static ImmutableArray<string> Names(CybersecurityConcepts values) => Select(ConceptNames, v => (values & v) != 0);

    /// <summary>The hashtags (without <c>#</c>) of the values set in <paramref name="values"/>, in the standard's order.</summary>
    public static ImmutableArray<string> Names(OperationalCapabilities values) => Select(CapabilityNames, v => (values & v) != 0);

    /// <summary>The hashtags (without <c>#</c>) of the values set in <paramref name="values"/>, in the standard's order.</summary>
    public static ImmutableArray<string> Names(SecurityDomains values) => Select(DomainNames, v => (values & v) != 0);

    /// <summary>Reads one control type hashtag (<c>Preventive</c>, <c>#detective</c>).</summary>
    /// <returns>False when the text names no control type.</returns>
    public static bool TryParse(string? text, out ControlTypes value) => TryFind(ControlTypeNames, text, out value);

    /// <summary>Reads one information security property hashtag (<c>Confidentiality</c>).</summary>
    /// <returns>False when the text names no property.</returns>
    public static bool TryParse(string? text, out InformationSecurityProperties value) => TryFind(PropertyNames, text, out value);

    /// <summary>Reads one cybersecurity concept hashtag (<c>Identify</c>).</summary>
    /// <returns>False when the text names no concept.</returns>
    public static bool TryParse(string? text, out CybersecurityConcepts value) => TryFind(ConceptNames, text, out value);

    /// <summary>Reads one operational capability hashtag (<c>Asset_management</c>).</summary>
    /// <returns>False when the text names no capability.</returns>
    public static bool TryParse(string? text, out OperationalCapabilities value) => TryFind(CapabilityNames, text, out value);

    /// <summary>Reads one security domain hashtag (<c>Governance_and_Ecosystem</c>).</summary>
    /// <returns>False when the text names no domain.</returns>
    public static bool TryParse(string? text, out SecurityDomains value) => TryFind(DomainNames, text, out value);

    private static ImmutableArray<string> Select<T>((T Value, string Name)[] table, Func<T, bool> isSet)
    {
        Guard.Against.Null(table);
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var (value, name) in table)
        {
            if (isSet(value))
            {
                builder.Add(name);
            }
        }

        return builder.ToImmutable();
    }

    private static bool TryFind<T>((T Value, string Name)[] table, string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var name = text.Trim().TrimStart('#');
        foreach (var entry in table)
        {
            if (string.Equals(entry.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = entry.Value;
                return true;
            }
        }

        return false;
    }
}
