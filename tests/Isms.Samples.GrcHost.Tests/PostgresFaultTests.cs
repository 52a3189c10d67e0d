using System.Net;
using System.Net.Sockets;
using Isms.Marten.Tests.Support;
using Isms.Samples.GrcHost.Tests.Support;
using Npgsql;

namespace Isms.Samples.GrcHost.Tests;

/// <summary>The real <c>isms-grc</c> process facing a server that is down, a wrong password, a malformed or missing
/// connection string: one line naming the server and the cause, exit 2, no stack trace, no password.</summary>
public sealed class PostgresFaultTests(PostgresServer server)
{
    private const string Secret = "not-the-password-0451";

    private static string OneLine(string error)
    {
        var line = Assert.Single(error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.StartsWith("isms-grc: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error, StringComparison.Ordinal);
        return line;
    }

    [Fact]
    public void A_server_that_is_down_is_one_line_naming_the_host_and_the_cause()
    {
        var port = ClosedPort();

        var (code, output, error) = GrcProcess.Run($"Host=127.0.0.1;Port={port};Database=isms;Username=isms;Password={Secret};Timeout=5", "due", "--as-of", "2026-11-30");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        var line = OneLine(error);
        Assert.Contains($"127.0.0.1:{port}/isms", line, StringComparison.Ordinal);
        Assert.Contains("ConnectionRefused", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_password_is_one_line_with_the_servers_reason()
    {
        var wrong = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Password = Secret }.ConnectionString;

        var (code, _, error) = GrcProcess.Run(wrong, "seed", "--tenants", "1");

        Assert.Equal(2, code);
        var line = OneLine(error);
        Assert.Contains("28P01", line, StringComparison.Ordinal);   // invalid_password
        Assert.Contains(new NpgsqlConnectionStringBuilder(server.ConnectionString).Host!, line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_or_missing_connection_string_is_one_line()
    {
        var malformed = GrcProcess.Run($"Hots=127.0.0.1;Password={Secret}", "evaluate");
        var missing = GrcProcess.Run(null, "due");

        Assert.Equal(2, malformed.Code);
        Assert.Contains("connection string is not valid", OneLine(malformed.Error), StringComparison.Ordinal);
        Assert.Equal(2, missing.Code);
        Assert.Contains("set ISMS_POSTGRES", OneLine(missing.Error), StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
