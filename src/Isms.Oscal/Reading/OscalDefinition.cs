using System.Collections.Frozen;

namespace Isms.Oscal.Reading;

/// <summary>One object definition of an OSCAL model: its name, its members and which of them are required.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class OscalDefinition
{
    public OscalDefinition(string key, string name, string[] required, OscalMemberRule[] members)
    {
        Key = key;
        Name = name;
        Required = required;
        Members = members.ToFrozenDictionary(m => m.Name, StringComparer.Ordinal);
        MemberNames = members.Select(m => m.Name).ToArray();
    }

    /// <summary>The table's key (<c>ssp:implemented-requirement</c>).</summary>
    public string Key { get; }

    /// <summary>The OSCAL name (<c>implemented-requirement</c>).</summary>
    public string Name { get; }

    /// <summary>The members OSCAL requires.</summary>
    public string[] Required { get; }

    /// <summary>Every member the definition allows, in the model's order (for messages).</summary>
    public string[] MemberNames { get; }

    /// <summary>Every member's rule, by name.</summary>
    public FrozenDictionary<string, OscalMemberRule> Members { get; }
}

/// <summary>How a member is shaped: a scalar, an array of scalars, an object or an array of objects.</summary>
internal enum OscalShape
{
    Scalar,
    ScalarArray,
    Object,
    ObjectArray,
}

/// <summary>One member of a definition: its shape, its data type (scalars) or its definition's key (objects), and a closed value list.</summary>
internal sealed record OscalMemberRule(string Name, OscalShape Shape, OscalDatatype Type, string? Definition, string[]? Values);
