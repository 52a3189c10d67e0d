using NodaTime;

namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (EvidencePeriod): first and last day covered, inclusive.</summary>
internal sealed record EvidencePeriodDto
{
    public required LocalDate Start { get; init; }

    public required LocalDate End { get; init; }
}
