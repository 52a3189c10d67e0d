using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (Nonconformity).</summary>
internal sealed record NonconformityDto
{
    public required string Id { get; init; }

    public required string Description { get; init; }

    public required string Source { get; init; }

    public string? Finding { get; init; }

    public string? Grade { get; init; }

    public required LocalDate RaisedOn { get; init; }

    public required string Owner { get; init; }

    public string? Correction { get; init; }

    public string? RootCause { get; init; }

    public IReadOnlyList<CorrectiveActionDto> CorrectiveActions { get; set; } = [];

    public VerificationDto? Verification { get; init; }

    public LocalDate? ClosedOn { get; init; }
}
