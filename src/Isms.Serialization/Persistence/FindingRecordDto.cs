using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Where one finding of a certification record stands (derived).</summary>
internal sealed record FindingRecordDto
{
    public required string Id { get; init; }

    public required string Grade { get; init; }

    public required string RaisedIn { get; init; }

    public required LocalDate RaisedOn { get; init; }

    public required string Status { get; init; }

    public LocalDate? ClosedOn { get; init; }
}
