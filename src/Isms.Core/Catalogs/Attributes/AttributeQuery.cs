namespace Isms.Core.Catalogs.Attributes;

/// <summary>
/// A filter on ISO/IEC 27002:2022 attributes: the values a control must carry. Within an attribute type every value
/// given must be present; attribute types left at <c>None</c> are not filtered. For example all detective controls
/// supporting availability: <c>new AttributeQuery { ControlTypes = ControlTypes.Detective, Properties = InformationSecurityProperties.Availability }</c>.
/// <para>ISO/IEC 27002:2022 Annex A.2 (views of the controls made by filtering on attribute values).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AttributeQuery
{
    /// <summary>The control types a control must carry (all of them), or <c>None</c>.</summary>
    public ControlTypes ControlTypes { get; init; }

    /// <summary>The information security properties a control must carry (all of them), or <c>None</c>.</summary>
    public InformationSecurityProperties Properties { get; init; }

    /// <summary>The cybersecurity concepts a control must carry (all of them), or <c>None</c>.</summary>
    public CybersecurityConcepts Concepts { get; init; }

    /// <summary>The operational capabilities a control must carry (all of them), or <c>None</c>.</summary>
    public OperationalCapabilities Capabilities { get; init; }

    /// <summary>The security domains a control must carry (all of them), or <c>None</c>.</summary>
    public SecurityDomains Domains { get; init; }
}
