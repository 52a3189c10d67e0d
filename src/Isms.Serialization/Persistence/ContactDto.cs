namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Contact).</summary>
internal sealed record ContactDto
{
    public required string Name { get; init; }

    public string? Function { get; init; }

    public required string Email { get; init; }

    public string? Phone { get; init; }
}
