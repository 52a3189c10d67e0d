namespace Isms.AspNetCore;

/// <summary>
/// A register people edit one entry at a time (<c>/tenants/{tenant}/risks/{id}</c>...): where its entries sit in the ISMS
/// document and which member is the id. An entry is edited in the document's own JSON shape, and the whole ISMS is read
/// back strictly before it is saved, so every rule (references, dates, ids) is checked exactly as for a whole document.
/// </summary>
/// <param name="Route">The route segment, e.g. <c>risks</c>.</param>
/// <param name="Path">The member names from the document root to the array, e.g. <c>statementOfApplicability</c>, <c>decisions</c>.</param>
/// <param name="IdMember">The member that holds the entry's id (<c>id</c>; <c>control</c> for an SoA decision).</param>
/// <param name="Label">What one entry is called in messages and logs.</param>
internal sealed record IsmsEntity(string Route, string[] Path, string IdMember, string Label)
{
    public static IsmsEntity Risks { get; } = new("risks", ["risks"], "id", "risk");

    public static IsmsEntity Assets { get; } = new("assets", ["assets"], "id", "asset");

    public static IsmsEntity SoaDecisions { get; } = new("soa", ["statementOfApplicability", "decisions"], "control", "SoA decision");

    public static IsmsEntity Nonconformities { get; } = new("nonconformities", ["nonconformities"], "id", "nonconformity");

    public static IReadOnlyList<IsmsEntity> All { get; } = [Risks, Assets, SoaDecisions, Nonconformities];

    /// <summary>The JSON path of the array, e.g. <c>$.statementOfApplicability.decisions</c>.</summary>
    public string JsonPath => "$." + string.Join('.', Path);
}
