using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Isms.AspNetCore.Tests.Support;

/// <summary>Requests and what the tests read from responses.</summary>
internal static class Http
{
    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> PutAsync(this HttpClient client, string url, byte[] body, string? ifMatch = null, string? ifNoneMatch = null, string? user = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = Json(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        if (user is not null)
        {
            request.Headers.Add("X-Test-User", user);
        }

        return client.SendAsync(request, Token);
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json, string? user = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Json(System.Text.Encoding.UTF8.GetBytes(json)) };
        if (user is not null)
        {
            request.Headers.Add("X-Test-User", user);
        }

        return client.SendAsync(request, Token);
    }

    public static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public static string ETag(this HttpResponseMessage response) => response.Headers.ETag?.ToString() ?? throw new InvalidOperationException($"no ETag on {(int)response.StatusCode}");

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(Token)).RootElement.Clone();

    /// <summary>The problem of an error response, checked to be application/problem+json with the expected status.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    public static string Code(this JsonElement problem) => problem.GetProperty("code").GetString()!;
}
