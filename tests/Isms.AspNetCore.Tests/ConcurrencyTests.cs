using System.Net;
using System.Text.Json.Nodes;
using Isms.AspNetCore.Tests.Support;

namespace Isms.AspNetCore.Tests;

/// <summary>Parallel writers: with If-Match no update is ever lost, without it every save lands; never a 500.</summary>
public sealed class ConcurrencyTests(IsmsWebFactory factory) : IClassFixture<IsmsWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Parallel_increments_with_if_match_and_retry_lose_no_update()
    {
        await _client.PutAsync("/tenants/counter/isms", TestDocuments.Isms);
        var start = await PersonsAsync("counter");
        const int workers = 6, increments = 5;
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();

        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < increments; i++)
            {
                while (true)
                {
                    var got = await _client.GetAsync("/tenants/counter/isms", Http.Token);
                    var tree = JsonNode.Parse(await got.Content.ReadAsByteArrayAsync(Http.Token))!;
                    tree["profile"]!["personsDoingWork"] = tree["profile"]!["personsDoingWork"]!.GetValue<int>() + 1;
                    var put = await _client.PutAsync("/tenants/counter/isms", TestDocuments.Bytes(tree), ifMatch: got.ETag());
                    statuses.Add(put.StatusCode);
                    if (put.StatusCode == HttpStatusCode.OK)
                    {
                        break;
                    }
                }
            }
        })));

        Assert.Equal(start + (workers * increments), await PersonsAsync("counter"));
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.PreconditionFailed, $"unexpected {(int)s}"));
    }

    [Fact]
    public async Task Parallel_puts_with_the_same_if_match_let_exactly_one_win()
    {
        var first = await _client.PutAsync("/tenants/race/isms", TestDocuments.Isms);

        var puts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _client.PutAsync("/tenants/race/isms", TestDocuments.Isms, ifMatch: first.ETag())));

        Assert.Single(puts, p => p.StatusCode == HttpStatusCode.OK);
        Assert.Equal(7, puts.Count(p => p.StatusCode == HttpStatusCode.PreconditionFailed));
    }

    [Fact]
    public async Task Parallel_puts_without_if_match_all_land_as_new_revisions()
    {
        await _client.PutAsync("/tenants/free/isms", TestDocuments.Isms);

        var puts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _client.PutAsync("/tenants/free/isms", TestDocuments.Isms)));

        Assert.All(puts, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
        var revisions = new List<long>();
        foreach (var put in puts)
        {
            revisions.Add((await put.JsonAsync()).GetProperty("revision").GetInt64());
        }

        Assert.Equal(Enumerable.Range(2, 8).Select(i => (long)i), revisions.Order());
    }

    private async Task<int> PersonsAsync(string tenant)
    {
        var tree = JsonNode.Parse(await (await _client.GetAsync($"/tenants/{tenant}/isms", Http.Token)).Content.ReadAsByteArrayAsync(Http.Token))!;
        return tree["profile"]!["personsDoingWork"]!.GetValue<int>();
    }
}
