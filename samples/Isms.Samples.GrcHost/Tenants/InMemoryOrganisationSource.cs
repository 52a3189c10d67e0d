namespace Isms.Samples.GrcHost.Tenants;

/// <summary>Organisations held in memory (for a host that loads them from its own database).</summary>
/// <param name="organisations">The organisations.</param>
public sealed class InMemoryOrganisationSource(IEnumerable<OrganisationRecords> organisations) : IOrganisationSource
{
    private readonly OrganisationRecords[] _organisations = [.. organisations];

    /// <inheritdoc />
    public IReadOnlyList<OrganisationRecords> LoadAll() => _organisations;
}
