using System.Security.Cryptography;
using Marten;
using Npgsql;

namespace Isms.Marten.Tests.Support;

/// <summary>A fresh PostgreSQL schema for one test (so tests share one server and never see each other's rows), dropped at the end.</summary>
public sealed class MartenSchema : IAsyncDisposable
{
    private MartenSchema(PostgresServer server, string name, DocumentStore marten)
    {
        Server = server;
        Name = name;
        Marten = marten;
    }

    public PostgresServer Server { get; }

    public string Name { get; }

    public DocumentStore Marten { get; }

    public static async Task<MartenSchema> CreateAsync(PostgresServer server)
    {
        var name = "t" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var marten = IsmsMarten.CreateDocumentStore(server.ConnectionString, name);
        await new MartenDocumentStore(marten).ApplySchemaAsync(TestContext.Current.CancellationToken);
        return new MartenSchema(server, name, marten);
    }

    public async ValueTask DisposeAsync()
    {
        await Marten.DisposeAsync();
        await using var connection = new NpgsqlConnection(Server.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Name} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
