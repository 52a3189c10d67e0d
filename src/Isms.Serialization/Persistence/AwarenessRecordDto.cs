using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (AwarenessRecord).</summary>
internal sealed record AwarenessRecordDto
{
    public required string Id { get; init; }

    public required string Person { get; init; }

    public required string Topic { get; init; }

    public required LocalDate CompletedOn { get; init; }
}
