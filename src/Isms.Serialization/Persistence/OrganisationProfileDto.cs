namespace Isms.Serialization.Persistence;

/// <summary>Persistence record of the <c>isms</c> kind (OrganisationProfile).</summary>
internal sealed record OrganisationProfileDto
{
    public required string LegalName { get; init; }

    public string? TradingName { get; init; }

    public required string NatureOfActivities { get; init; }

    public required int PersonsDoingWork { get; init; }

    public IReadOnlyList<SiteDto> Sites { get; set; } = [];

    public required ContactDto Contact { get; init; }

    public string? Website { get; init; }
}
