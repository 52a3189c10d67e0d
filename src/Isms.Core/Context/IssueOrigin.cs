namespace Isms.Core.Context;

/// <summary>Whether a context issue arises inside or outside the organisation.
/// <para>ISO/IEC 27001:2022 clause 4.1.</para></summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public enum IssueOrigin
{
    /// <summary>An internal issue (culture, structure, capabilities, systems...).</summary>
    Internal,

    /// <summary>An external issue (legal, market, technology, environment...).</summary>
    External,
}
