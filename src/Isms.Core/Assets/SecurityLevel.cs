namespace Isms.Core.Assets;

/// <summary>The protection need of an asset for one security property (confidentiality, integrity or availability).
/// <para>ISO/IEC 27001:2022 Annex A 5.12 (classification of information).</para></summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum SecurityLevel
{
    /// <summary>Low: harm would be limited.</summary>
    Low = 1,

    /// <summary>Medium: harm would be noticeable.</summary>
    Medium = 2,

    /// <summary>High: harm would be considerable.</summary>
    High = 3,

    /// <summary>Very high: harm could threaten the organisation.</summary>
    VeryHigh = 4,
}
