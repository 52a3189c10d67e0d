namespace Isms.Samples.GrcHost.Tenants;

/// <summary>Where the job finds the organisations it evaluates.</summary>
public interface IOrganisationSource
{
    /// <summary>Loads every organisation's records, in a stable order.</summary>
    IReadOnlyList<OrganisationRecords> LoadAll();
}
