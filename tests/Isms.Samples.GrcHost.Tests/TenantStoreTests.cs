using Isms.Serialization;
using Isms.Core;
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
    public void The_job_resolved_through_AddIsms_gives_the_known_due_lists()
    {
        using var provider = Build();
        if (TenantStore.IsSupported)
        {
            var store = provider.GetRequiredService<TenantStore>();
            foreach (var organisation in DueListJobTests.Fixture)
            {
                store.Save(organisation);
            }

            Assert.Equal(["cartwheel-commerce", "harbour-bank", "northgate-dc"], store.Keys());
        }

        var lists = provider.GetRequiredService<DueListJob>().Run(DueListJobTests.AsOf);

        var expected = DueListJobTests.Run();
        Assert.Equal(
            expected.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => (l.Key, l.Items.Length, l.OverdueCount)),
            lists.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => (l.Key, l.Items.Length, l.OverdueCount)));
    }

    [Fact]
    public void The_store_round_trips_an_organisation_or_refuses_the_kind_by_name()
    {
        using var provider = Build();
        var store = provider.GetRequiredService<TenantStore>();
        var bank = DueListJobTests.Fixture[0];

        if (TenantStore.IsSupported)
        {
            store.Save(bank);
            var loaded = store.Load(bank.Key);
            Assert.Equal(bank.Isms, loaded.Isms);
            Assert.Equal(bank.Certification, loaded.Certification);
        }
        else
        {
            var error = Assert.ThrowsAny<ArgumentException>(() => store.Save(bank));
            var unsupported = IsmsDocumentSerializer.SupportedKinds.Contains(DocumentKinds.Isms)
                ? nameof(Isms.Certification.Lifecycle.CertificationRecord)
                : nameof(InformationSecurityManagementSystem);
            Assert.Contains(unsupported, error.Message, StringComparison.Ordinal);
            Assert.Empty(store.Keys());
        }
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
