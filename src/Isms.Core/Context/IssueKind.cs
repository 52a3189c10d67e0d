namespace Isms.Core.Context;

/// <summary>The kind of a context issue (PESTLE-style categories, plus climate change as Amendment 1:2024 requires).
/// <para>ISO/IEC 27001:2022 clause 4.1; ISO/IEC 27001:2022/Amd 1:2024 (climate action changes).</para></summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum IssueKind
{
    /// <summary>Political.</summary>
    Political,

    /// <summary>Economic or market.</summary>
    Economic,

    /// <summary>Social or cultural.</summary>
    Social,

    /// <summary>Technological.</summary>
    Technological,

    /// <summary>Legal or regulatory.</summary>
    Legal,

    /// <summary>Environmental (other than climate change).</summary>
    Environmental,

    /// <summary>Climate change: the organisation shall determine whether it is a relevant issue (Amd 1:2024, 4.1).</summary>
    ClimateChange,

    /// <summary>Organisational: structure, governance, resources, culture.</summary>
    Organisational,

    /// <summary>Suppliers, partners and the supply chain.</summary>
    SupplyChain,

    /// <summary>Anything else.</summary>
    Other,
}
