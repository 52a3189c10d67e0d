using Isms.Samples.GrcHost.DueList;
using Isms.Samples.GrcHost.Tenants;
using Isms.Serialization;
using Isms.Serialization.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Samples.GrcHost.Tests;

/// <summary>The host wired through AddIsms on the library's folder store (one tenant per organisation), in a temporary folder.</summary>
public sealed class OrganisationStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "isms-grc-" + Guid.NewGuid().ToString("N"));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_job_resolved_through_AddIsms_reads_the_persisted_organisations_and_gives_the_known_due_lists()
    {
        using var provider = Build();
        var store = provider.GetRequiredService<OrganisationStore>();
        foreach (var organisation in DueListJobTests.Fixture)
        {
            await store.SaveAsync(organisation, Token);
        }

        Assert.Same(store, provider.GetRequiredService<IOrganisationSource>());
        Assert.IsType<FolderDocumentStore>(store.Documents);
        Assert.Equal(["cartwheel-commerce", "harbour-bank", "northgate-dc"], await store.KeysAsync(Token));

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
    public async Task A_certification_record_saved_by_the_host_reads_back_equal_with_its_policy()
    {
        using var provider = Build();
        var store = provider.GetRequiredService<OrganisationStore>();

        foreach (var organisation in DueListJobTests.Fixture)
        {
            await store.SaveAsync(organisation, Token);
            var loaded = await store.LoadAsync(organisation.Key, Token);

            Assert.Equal(organisation.Isms, loaded.Isms);
            Assert.NotNull(organisation.Certification);
            Assert.Equal(organisation.Certification, loaded.Certification);
            Assert.Equal(organisation.Certification!.History, loaded.Certification!.History);
        }

        // The stored document names the policy the record was run under: the host's (the defaults here).
        var stored = (await store.Documents.LoadAsync<CertificationRecordDocument>("harbour-bank", OrganisationStore.Certification, Token)).Document;
        Assert.Equal(provider.GetRequiredService<Isms.Certification.Lifecycle.CertificationLifecycle>().Policy.CertificationBodyName, stored.Policy.CertificationBodyName);
        Assert.Equal(DueListJobTests.Fixture[0].Certification, stored.Record);
    }

    [Fact]
    public async Task Saving_again_keeps_every_revision_and_creating_an_existing_organisation_is_refused()
    {
        using var provider = Build();
        var store = provider.GetRequiredService<OrganisationStore>();
        var bank = DueListJobTests.Fixture[0];
        await store.SaveAsync(bank, Token);
        await store.SaveAsync(bank, Token);

        var history = await store.Documents.GetHistoryAsync(bank.Key, DocumentKey.Isms, Token);
        Assert.Equal([1L, 2L], history.Select(r => r.Number));
        Assert.All(history, r => Assert.Equal(OrganisationStore.SavedBy, r.SavedBy));
        var error = await Assert.ThrowsAsync<DocumentStoreException>(() => store.CreateAsync(bank, Token));
        Assert.Equal(DocumentErrorCodes.VersionConflict, error.Code);
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
