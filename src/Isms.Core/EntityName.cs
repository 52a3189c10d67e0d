namespace Isms.Core;

/// <summary>
/// How validation messages name an entity, e.g. <c>RiskScenario 'R-1'</c>, formatted only when a message is built:
/// validating 50,000 risks must not format 50,000 names that no error uses.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal readonly struct EntityName(string type, string? id)
{
    /// <summary>A name that is just a text, e.g. <c>InformationSecurityPolicy</c>.</summary>
    public static implicit operator EntityName(string text) => new(text, null);

    /// <summary>The name: <c>Type 'id'</c>, or the text alone.</summary>
    public override string ToString() => id is null ? type : $"{type} '{id}'";
}
