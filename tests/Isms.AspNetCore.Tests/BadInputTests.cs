using System.Net;
using System.Text;
using Isms.AspNetCore.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Isms.AspNetCore.Tests;

/// <summary>
/// Bad input is the client's problem, never a 500: each is an RFC 9457 problem with the library's code and the status
/// of its kind (400 malformed, 404 unknown, 413 too large, 422 readable but invalid), and the server logs it without an
/// error or a stack trace.
/// </summary>
public sealed class BadInputTests(IsmsWebFactory factory) : IClassFixture<IsmsWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string, HttpStatusCode, string, string?> Documents() => new()
    {
        { "truncated JSON", "truncated", HttpStatusCode.BadRequest, "ISMS-DOC-001", null },
        { "an empty body", "empty", HttpStatusCode.BadRequest, "ISMS-DOC-001", null },
        { "a schema version from the future", "schemaVersion", HttpStatusCode.UnprocessableEntity, "ISMS-DOC-011", "$.schemaVersion" },
        { "a risk owned by nobody known", "dangling", HttpStatusCode.UnprocessableEntity, "ISMS-DOC-030", "$.risks[0].owner" },
        { "an unknown member", "unknown", HttpStatusCode.UnprocessableEntity, "ISMS-DOC-020", "$.profile.colour" },
        { "a lone surrogate", "surrogate", HttpStatusCode.UnprocessableEntity, "ISMS-DOC-024", "$.profile.legalName" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task A_bad_document_is_a_problem_with_its_code_and_place(string what, string change, HttpStatusCode status, string code, string? path)
    {
        var response = await _client.PutAsync($"/tenants/bad-{change.ToLowerInvariant()}/isms", Body(change));

        var problem = await response.ProblemAsync(status);
        Assert.True(code == problem.Code(), $"{what}: {problem}");
        if (path is not null)
        {
            Assert.Equal(path, problem.GetProperty("path").GetString());
        }

        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.GetArrayLength() >= 1);
        NothingLoggedAsAnError();
    }

    [Fact]
    public async Task Truncated_json_names_the_line_and_position()
    {
        var problem = await (await _client.PutAsync("/tenants/bad-place/isms", Body("truncated"))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("line").GetInt64() > 1);
        Assert.True(problem.GetProperty("position").GetInt64() >= 1);
    }

    [Fact]
    public async Task A_50_mb_body_without_a_length_is_refused_at_the_limit_without_being_read_whole()
    {
        var source = new EndlessDocument(50L * 1024 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Put, "/tenants/huge/isms") { Content = new StreamContent(source) };

        var response = await _client.SendAsync(request, Http.Token);

        Assert.Equal("ISMS-DOC-003", (await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge)).Code());
        var read = factory.BodyBytesRead["/tenants/huge/isms"];
        Assert.True(read <= 2 * IsmsWebFactory.DocumentLimit, $"the server read {read:N0} bytes for a {IsmsWebFactory.DocumentLimit:N0}-byte limit");
        NothingLoggedAsAnError();
    }

    [Fact]
    public async Task A_50_mb_body_with_its_length_is_refused_before_a_byte_is_read()
    {
        var source = new EndlessDocument(50L * 1024 * 1024);
        var content = new StreamContent(source);
        content.Headers.ContentLength = source.Length;
        using var request = new HttpRequestMessage(HttpMethod.Put, "/tenants/huge-declared/isms") { Content = content };

        var response = await _client.SendAsync(request, Http.Token);

        Assert.Equal("ISMS-DOC-003", (await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge)).Code());
        Assert.Equal(0, factory.BodyBytesRead["/tenants/huge-declared/isms"]);
    }

    [Theory]
    [InlineData("/tenants/Bad_Tenant/isms")]
    [InlineData("/tenants/-leading-dash/isms")]
    [InlineData("/tenants/a-tenant-id-of-sixty-four-characters-is-one-more-than-allowed-xx/isms")]
    public async Task A_tenant_id_that_is_not_allowed_is_400_before_anything_is_stored(string url)
    {
        var response = await _client.PutAsync(url, TestDocuments.Isms);

        Assert.Equal("ISMS-STORE-004", (await response.ProblemAsync(HttpStatusCode.BadRequest)).Code());
        Assert.DoesNotContain(Directory.EnumerateDirectories(factory.DataFolder), d => Path.GetFileName(d).Contains("tenant", StringComparison.OrdinalIgnoreCase) || Path.GetFileName(d).StartsWith('-'));
    }

    [Theory]
    [InlineData("/tenants/nobody/readiness")]
    [InlineData("/tenants/nobody/isms")]
    [InlineData("/tenants/nobody/risks")]
    [InlineData("/tenants/nobody/heatmap.svg")]
    [InlineData("/tenants/nobody/soa.xlsx")]
    [InlineData("/tenants/nobody/certifications/c1")]
    public async Task An_unknown_tenant_is_404_and_names_no_server_path(string url)
    {
        var problem = await (await _client.GetAsync(url, Http.Token)).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("ISMS-STORE-003", problem.Code());
        Assert.DoesNotContain(factory.DataFolder, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_or_misfitting_request_json_is_400_or_422()
    {
        await _client.PutAsync("/tenants/sim-bad/isms", TestDocuments.Isms);

        var malformed = await _client.PostJsonAsync("/tenants/sim-bad/simulations", "{\"iterations\":");
        var unknown = await _client.PostJsonAsync("/tenants/sim-bad/simulations", """{"iterations":10,"speed":"fast"}""");
        var wrongType = await _client.PostJsonAsync("/tenants/sim-bad/simulations", """{"iterations":"ten"}""");

        Assert.Equal("ISMS-DOC-001", (await malformed.ProblemAsync(HttpStatusCode.BadRequest)).Code());
        Assert.Equal("ISMS-DOC-023", (await unknown.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        Assert.Equal("ISMS-DOC-023", (await wrongType.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        Assert.Contains(factory.Logs, l => l.EventId.Id == 4110 && l.Level == LogLevel.Information && l.Message.Contains("ISMS-DOC-001", StringComparison.Ordinal));
        NothingLoggedAsAnError();
    }

    private void NothingLoggedAsAnError()
    {
        var bad = factory.Logs.Where(l => l.Level >= LogLevel.Error || l.Exception is not null).ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad.Select(l => $"{l.Level} {l.Category} {l.EventId}: {l.Message} {l.Exception}")));
    }

    private static byte[] Body(string change)
    {
        var tree = TestDocuments.IsmsTree();
        switch (change)
        {
            case "truncated":
                return TestDocuments.Isms[..(TestDocuments.Isms.Length / 2)];
            case "empty":
                return [];
            case "schemaVersion":
                tree["schemaVersion"] = 99;
                break;
            case "dangling":
                tree["risks"]![0]!["owner"] = "nobody-known";
                break;
            case "unknown":
                tree["profile"]!["colour"] = "red";
                break;
            case "surrogate":
                // System.Text.Json never writes a lone surrogate, so the escape is put into the text by hand.
                tree["profile"]!["legalName"] = "LONE";
                return Encoding.UTF8.GetBytes(tree.ToJsonString().Replace("\"LONE\"", "\"\\ud800\"", StringComparison.Ordinal));
        }

        return TestDocuments.Bytes(tree);
    }

    /// <summary>A document that never ends in time: a valid start, then one string of <paramref name="length"/> bytes; counts what was read.</summary>
    private sealed class EndlessDocument(long length) : Stream
    {
        private static readonly byte[] Start = Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"kind\":\"isms\",\"profile\":\"");
        private long _produced;

        public long Produced => Interlocked.Read(ref _produced);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => Produced; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var left = length - _produced;
            if (left <= 0)
            {
                return 0;
            }

            var n = (int)Math.Min(count, left);
            for (var i = 0; i < n; i++)
            {
                var at = _produced + i;
                buffer[offset + i] = at < Start.Length ? Start[at] : (byte)'a';
            }

            Interlocked.Add(ref _produced, n);
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
