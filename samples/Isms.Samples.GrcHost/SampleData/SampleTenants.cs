using Isms.Certification.Lifecycle;
using Isms.Samples.GrcHost.Tenants;

namespace Isms.Samples.GrcHost.SampleData;

/// <summary>The three sample organisations a fresh store is seeded with: a bank, an online retailer and a data centre.</summary>
internal static class SampleTenants
{
    /// <summary>Builds the three organisations (their certification records driven through <paramref name="lifecycle"/>).</summary>
    public static IReadOnlyList<OrganisationRecords> Create(CertificationLifecycle lifecycle) =>
        [HarbourBank.Create(lifecycle), CartwheelCommerce.Create(lifecycle), NorthgateDataCentres.Create(lifecycle)];
}
