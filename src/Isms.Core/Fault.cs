namespace Isms.Core;

/// <summary>Builds the <see cref="IsmsException"/> of one broken rule with its structured data filled in.</summary>
internal static class Fault
{
    /// <summary>An exception for one broken rule.</summary>
    public static IsmsException Of(
        string code,
        string message,
        string? entityKind = null,
        string? entityId = null,
        string? member = null,
        string? value = null,
        Exception? inner = null) =>
        new(new IsmsError(code, message) { EntityKind = entityKind, EntityId = entityId, Member = member, Value = value }, inner);

    /// <summary>
    /// An exception for a broken rule of a field named as the model spells it: <c>Asset.Name</c> (entity kind
    /// <c>Asset</c>, member <c>Name</c>) or a type alone (<c>AssetId</c>: entity kind only).
    /// </summary>
    public static IsmsException AtField(string code, string message, string field, string? value)
    {
        var dot = field.IndexOf('.', StringComparison.Ordinal);
        return dot < 0
            ? Of(code, message, field, value: value)
            : Of(code, message, field[..dot], member: field[(dot + 1)..], value: value);
    }
}
