using Isms.Marten.Tests.Support;
using Isms.Serialization.Storage;
using Isms.Testing.Storage;
using NodaTime;

namespace Isms.Marten.Tests;

/// <summary>The store contract run against <see cref="MartenDocumentStore"/> on a real PostgreSQL (a fresh schema per test).</summary>
public sealed class MartenDocumentStoreContractTests(PostgresServer server) : DocumentStoreContract, IAsyncLifetime
{
    private MartenSchema? _schema;

    /// <inheritdoc/>
    protected override IIsmsDocumentStore CreateStore(IClock clock) => new MartenDocumentStore(_schema!.Marten, clock: clock);

    public async ValueTask InitializeAsync() => _schema = await MartenSchema.CreateAsync(server);

    public async ValueTask DisposeAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }
}
