using Isms.Serialization;
using Isms.Samples.GrcHost.DueList;
using Isms.Samples.GrcHost.Tenants;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Samples.GrcHost.Tests;

/// <summary>The host wired through AddIsms, on a fixture store in a temporary folder.</summary>
public sealed class TenantStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "isms-grc-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void The_job_resolved_through_AddIsms_reads_the_persisted_organisations_and_gives_the_known_due_lists()
    {
        using var provider = Build();
        var store = provider.GetRequiredService<TenantStore>();
        foreach (var organisation in DueListJobTests.Fixture)
        {
            store.Save(organisation);
        }

        Assert.Same(store, provider.GetRequiredService<IOrganisationSource>());
        Assert.Equal(["cartwheel-commerce", "harbour-bank", "northgate-dc"], store.Keys());
        Assert.All(store.Keys(), key => Assert.True(File.Exists(Path.Combine(_folder, key + TenantStore.CertificationSuffix)), key));

        var lists = provider.GetRequiredService<DueListJob>().Run(DueListJobTests.AsOf);

        // Every due item, certification deadlines included, equals the one computed from the in-memory organisations.
        var expected = DueListJobTests.Run().OrderBy(l => l.Key, StringComparer.Ordinal).ToList();
        var actual = lists.OrderBy(l => l.Key, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(l => (l.Key, l.Name, l.AsOf, l.Certification)), actual.Select(l => (l.Key, l.Name, l.AsOf, l.Certification)));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Items, actual[i].Items);
        }
    }

    [Fact]
    public void A_certification_record_saved_by_the_host_reads_back_equal_with_its_policy()
    {
        using var provider = Build();
        var store = provider.GetRequiredService<TenantStore>();

        foreach (var organisation in DueListJobTests.Fixture)
        {
            store.Save(organisation);
            var loaded = store.Load(organisation.Key);

            Assert.Equal(organisation.Isms, loaded.Isms);
            Assert.NotSame(organisation.Isms.RiskCriteria, loaded.Isms.RiskCriteria);
            Assert.NotNull(organisation.Certification);
            Assert.Equal(organisation.Certification, loaded.Certification);
            Assert.Equal(organisation.Certification!.History, loaded.Certification!.History);
        }

        // The file names the policy the record was run under: the host's (the defaults here).
        var stored = store.Directory.Load<CertificationRecordDocument>("harbour-bank" + TenantStore.CertificationSuffix).Document;
        Assert.Equal(provider.GetRequiredService<Isms.Certification.Lifecycle.CertificationLifecycle>().Policy.CertificationBodyName, stored.Policy.CertificationBodyName);
        Assert.Equal(DueListJobTests.Fixture[0].Certification, stored.Record);
    }

    [Fact]
    public void Saving_again_states_the_version_it_replaces_and_a_hand_edited_record_is_refused_on_load()
    {
        using var provider = Build();
        var store = provider.GetRequiredService<TenantStore>();
        var bank = DueListJobTests.Fixture[0];
        store.Save(bank);
        store.Save(bank);

        var file = store.Directory.PathOf(bank.Key + TenantStore.CertificationSuffix);
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"surveillancesInCycle\": 2", "\"surveillancesInCycle\": 0", StringComparison.Ordinal));

        var error = Assert.Throws<IsmsDocumentException>(() => store.Load(bank.Key));
        Assert.Equal(DocumentErrorCodes.StateDisagreesWithHistory, error.Code);
        Assert.Equal("$.current.surveillancesInCycle", error.Path);
    }

    [Fact]
    public void The_clock_the_host_registers_first_is_the_one_the_engines_use()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 30, 6, 0));
        using var provider = Build(clock);

        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Same(clock, provider.GetRequiredService<Isms.Certification.Lifecycle.CertificationLifecycle>().Clock);
    }

    private ServiceProvider Build(IClock? clock = null) =>
        GrcServices.Build(_folder, Period.FromDays(30), services =>
        {
            if (clock is not null)
            {
                services.AddSingleton(clock);
            }
        });
}
