using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Isms.AspNetCore.Tests.Support;

namespace Isms.AspNetCore.Tests;

/// <summary>The real sample program: started as a process on a loopback port (as `dotnet run` would), spoken to over HTTP.</summary>
public sealed class SampleProcessTests
{
    [Fact]
    public async Task The_sample_program_serves_the_seeded_tenant_its_api_page_and_its_health_over_loopback()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Isms.Samples.WebApi.dll");
        Assert.True(File.Exists(dll), $"the built sample is missing: {dll}");
        var folder = Directory.CreateTempSubdirectory("isms-web-process-").FullName;
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
            var health = await WaitForAsync(client, "/health", process, output);
            var readiness = await client.GetAsync("/tenants/helix/readiness", Http.Token);
            var page = await client.GetAsync("/scalar", Http.Token);
            var bad = await client.PutAsync("/tenants/helix/isms", Http.Json("{\"schemaVersion\":1,"u8.ToArray()), Http.Token);

            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(HttpStatusCode.OK, readiness.StatusCode);
            Assert.Equal("Helix Payments GmbH", (await readiness.JsonAsync()).GetProperty("organisation").GetString());
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("ISMS-DOC-001", (await bad.ProblemAsync(HttpStatusCode.BadRequest)).Code());
            Assert.True(Directory.Exists(Path.Combine(folder, "isms-data", "helix")), "the file store is not under the working directory");
            lock (output)
            {
                Assert.Contains(url, output.ToString(), StringComparison.Ordinal);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(Http.Token);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<HttpResponseMessage> WaitForAsync(HttpClient client, string path, Process process, System.Text.StringBuilder output)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(process.HasExited, $"the sample exited: {output}");
            try
            {
                return await client.GetAsync(path, Http.Token);
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(200, Http.Token);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
