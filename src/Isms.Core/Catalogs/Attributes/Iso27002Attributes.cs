using System.Globalization;

namespace Isms.Core.Catalogs.Attributes;

/// <summary>
/// The five ISO/IEC 27002:2022 attribute types of one control: control type, information security properties,
/// cybersecurity concepts, operational capabilities and security domains. Each type carries at least one value.
/// <para>ISO/IEC 27002:2022 clause 4.2 and Annex A, Table A.1 (the attribute values of all 93 controls).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record Iso27002Attributes
{
    /// <summary>Creates the attributes of a control.</summary>
    /// <param name="controlTypes">At least one control type.</param>
    /// <param name="properties">At least one information security property.</param>
    /// <param name="concepts">At least one cybersecurity concept.</param>
    /// <param name="capabilities">At least one operational capability.</param>
    /// <param name="domains">At least one security domain.</param>
    /// <exception cref="IsmsException">
    /// <see cref="CatalogErrorCodes.InvalidAttributes"/>: an attribute type has no value or an undefined value.
    /// </exception>
    public Iso27002Attributes(
        ControlTypes controlTypes,
        InformationSecurityProperties properties,
        CybersecurityConcepts concepts,
        OperationalCapabilities capabilities,
        SecurityDomains domains)
    {
        ControlTypes = Check(controlTypes, (int)ControlTypes.Preventive | (int)ControlTypes.Detective | (int)ControlTypes.Corrective, nameof(controlTypes));
        Properties = Check(properties, 0b111, nameof(properties));
        Concepts = Check(concepts, 0b1_1111, nameof(concepts));
        Capabilities = Check(capabilities, (1 << 15) - 1, nameof(capabilities));
        Domains = Check(domains, 0b1111, nameof(domains));
    }

    /// <summary>The control types (<c>#Preventive</c>, <c>#Detective</c>, <c>#Corrective</c>).</summary>
    public ControlTypes ControlTypes { get; }

    /// <summary>The information security properties (<c>#Confidentiality</c>, <c>#Integrity</c>, <c>#Availability</c>).</summary>
    public InformationSecurityProperties Properties { get; }

    /// <summary>The cybersecurity concepts (<c>#Identify</c> ... <c>#Recover</c>).</summary>
    public CybersecurityConcepts Concepts { get; }

    /// <summary>The operational capabilities (<c>#Governance</c> ... <c>#Information_security_assurance</c>).</summary>
    public OperationalCapabilities Capabilities { get; }

    /// <summary>The security domains (<c>#Governance_and_Ecosystem</c>, <c>#Protection</c>, <c>#Defence</c>, <c>#Resilience</c>).</summary>
    public SecurityDomains Domains { get; }

    /// <summary>
    /// True when these attributes carry every value the query asks for (within each attribute type all the values
    /// asked for, across types all the types asked for; a type left at <c>None</c> is not filtered).
    /// </summary>
    /// <param name="query">The values a control must carry.</param>
    public bool Matches(AttributeQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return (ControlTypes & query.ControlTypes) == query.ControlTypes
            && (Properties & query.Properties) == query.Properties
            && (Concepts & query.Concepts) == query.Concepts
            && (Capabilities & query.Capabilities) == query.Capabilities
            && (Domains & query.Domains) == query.Domains;
    }

    /// <summary>The attributes as the standard prints them: <c>#Preventive | #Confidentiality #Integrity ...</c>.</summary>
    public override string ToString() => string.Join(
        " | ",
        Tags(Iso27002Hashtags.Names(ControlTypes)),
        Tags(Iso27002Hashtags.Names(Properties)),
        Tags(Iso27002Hashtags.Names(Concepts)),
        Tags(Iso27002Hashtags.Names(Capabilities)),
        Tags(Iso27002Hashtags.Names(Domains)));

    private static string Tags(IEnumerable<string> names) => string.Join(' ', names.Select(n => "#" + n));

    private static T Check<T>(T value, int allowed, string name)
        where T : struct, Enum
    {
        var bits = Convert.ToInt32(value, CultureInfo.InvariantCulture);
        if (bits == 0)
        {
            throw Fault.Of(
                CatalogErrorCodes.InvalidAttributes,
                $"ISO/IEC 27002 attribute '{name}' has no value; every control carries at least one value of each attribute type.",
                nameof(Iso27002Attributes),
                member: name);
        }

        if ((bits & ~allowed) != 0)
        {
            throw Fault.Of(
                CatalogErrorCodes.InvalidAttributes,
                $"ISO/IEC 27002 attribute '{name}' has the undefined value {bits}.",
                nameof(Iso27002Attributes),
                member: name,
                value: bits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return value;
    }
}
