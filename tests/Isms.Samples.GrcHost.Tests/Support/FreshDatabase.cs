using System.Security.Cryptography;
using Isms.Marten.Tests.Support;
using Npgsql;

namespace Isms.Samples.GrcHost.Tests.Support;

/// <summary>A new PostgreSQL database on the test server for one test (the verbs use the default schema, so tests are kept
/// apart by database), dropped at the end.</summary>
public sealed class FreshDatabase : IAsyncDisposable
{
    private readonly PostgresServer _server;

    private FreshDatabase(PostgresServer server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = server.ForDatabase(name);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<FreshDatabase> CreateAsync(PostgresServer server)
    {
        var name = "grc_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new FreshDatabase(server, name);
    }

    /// <summary>Runs one query and returns the first column of every row.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetFieldValue<T>(0));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
