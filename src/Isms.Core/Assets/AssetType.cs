namespace Isms.Core.Assets;

/// <summary>The type of an asset in the inventory. <para>ISO/IEC 27001:2022 Annex A 5.9.</para></summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum AssetType
{
    /// <summary>Information (databases, records, documents, source code).</summary>
    Information,

    /// <summary>Software and applications.</summary>
    Software,

    /// <summary>Hardware (servers, laptops, network and payment devices).</summary>
    Hardware,

    /// <summary>Services, including cloud services (Annex A 5.23).</summary>
    Service,

    /// <summary>Network and infrastructure components.</summary>
    Network,

    /// <summary>People and their knowledge.</summary>
    People,

    /// <summary>Facilities and premises.</summary>
    Facility,

    /// <summary>Intangibles (reputation, brand).</summary>
    Intangible,
}
