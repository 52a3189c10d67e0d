namespace Isms.Core.Support;

/// <summary>The classification of documented information. <para>ISO/IEC 27001:2022 clause 7.5.3 b; Annex A 5.12, 5.13.</para></summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum InformationClassification
{
    /// <summary>Public.</summary>
    Public,

    /// <summary>Internal use.</summary>
    Internal,

    /// <summary>Confidential.</summary>
    Confidential,

    /// <summary>Strictly confidential / restricted.</summary>
    Restricted,
}
