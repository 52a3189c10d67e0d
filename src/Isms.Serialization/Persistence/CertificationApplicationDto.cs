namespace Isms.Serialization.Persistence;

/// <summary>The application of a <c>certification-record</c>.</summary>
internal sealed record CertificationApplicationDto
{
    public required string OrganisationName { get; init; }

    public required string Activities { get; init; }

    public required int PersonsUnderControl { get; init; }

    public required IReadOnlyList<ApplicationSiteDto> Sites { get; init; }

    public required string ScopeStatement { get; init; }

    public required string Edition { get; init; }

    public required IReadOnlyList<string> ApplicableThemes { get; init; }
}
