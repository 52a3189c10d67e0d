using Isms.Core.Tests.TestData;
using Isms.Marten.Tests.Support;
using Isms.Serialization.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Marten.Tests;

/// <summary><c>services.AddIsms().AddMarten(connectionString)</c>.</summary>
public sealed class DependencyInjectionTests(PostgresServer server)
{
    [Fact]
    public async Task AddMarten_registers_the_postgresql_store_and_creates_its_schema_when_the_host_starts()
    {
        var token = TestContext.Current.CancellationToken;
        var schema = "di" + Guid.NewGuid().ToString("N")[..10];
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0));
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);
        services.AddIsms().AddMarten(server.ConnectionString, schema);
        try
        {
            await using (var provider = services.BuildServiceProvider())
            {
                foreach (var hosted in provider.GetServices<IHostedService>())
                {
                    await hosted.StartAsync(token);
                }

                var store = provider.GetRequiredService<IIsmsDocumentStore>();
                Assert.IsType<MartenDocumentStore>(store);
                var saved = await store.SaveAsync("acme", DocumentKey.Isms, ReadyIsms.Create(), ExpectedRevision.None, "alice", token);
                Assert.Equal(clock.GetCurrentInstant(), saved.SavedAt);
            }
        }
        finally
        {
            await using var connection = new NpgsqlConnection(server.ConnectionString);
            await connection.OpenAsync(token);
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync(token);
        }
    }

    [Fact]
    public void The_store_registered_first_wins()
    {
        var services = new ServiceCollection();
        services.AddIsms().AddFileStore(Path.GetTempPath()).AddMarten("Host=127.0.0.1;Database=isms");
        using var provider = services.BuildServiceProvider();
        Assert.IsType<FolderDocumentStore>(provider.GetRequiredService<IIsmsDocumentStore>());
    }
}
