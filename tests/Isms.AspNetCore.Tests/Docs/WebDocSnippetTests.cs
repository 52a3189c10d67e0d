using System.Security.Claims;
using System.Text.RegularExpressions;
using Isms.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Isms.AspNetCore.Tests.Docs;

/// <summary>
/// The C# in docs/web.md and src/Isms.AspNetCore/README.md cannot rot: every block marked <c>&lt;!-- snippet: NAME --&gt;</c>
/// equals the region NAME of <see cref="WebSnippets"/>, and the regions compile and run here.
/// </summary>
public sealed partial class WebDocSnippetTests
{
    [Theory]
    [InlineData("docs/web.md", new[] { "web-access", "web-setup" })]
    [InlineData("src/Isms.AspNetCore/README.md", new[] { "web-setup" })]
    public void The_doc_shows_the_tested_code_verbatim(string doc, string[] names)
    {
        var blocks = SnippetBlock().Matches(File.ReadAllText(Path.Combine(RepositoryLayout.Root.FullName, doc)).ReplaceLineEndings("\n"))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["code"].Value.TrimEnd());

        Assert.Equal(names, blocks.Keys.Order(StringComparer.Ordinal));
        foreach (var name in names)
        {
            Assert.Equal(Region(name), blocks[name]);
        }
    }

    [Fact]
    public async Task The_setup_maps_every_route_and_the_access_hook_reads_the_claims()
    {
        var folder = Directory.CreateTempSubdirectory("isms-web-snippet-").FullName;
        try
        {
            await using var app = WebSnippets.Setup([], folder);
            var routes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
                .Select(e => e.RoutePattern.RawText).ToHashSet(StringComparer.Ordinal);
            var access = new TenantClaimAccess();
            var caller = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("tenant", "acme")], "test")) };

            Assert.Contains("/tenants/{tenant}/isms", routes);
            Assert.Contains("/tenants/{tenant}/risks/{id}", routes);
            Assert.Contains("/health", routes);
            Assert.True(await access.CanAccessAsync(caller, "acme", IsmsTenantOperation.Write));
            Assert.False(await access.CanAccessAsync(caller, "globex", IsmsTenantOperation.Read));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Region(string name)
    {
        var source = File.ReadAllLines(Path.Combine(RepositoryLayout.Root.FullName, "tests", "Isms.AspNetCore.Tests", "Docs", "WebSnippets.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "#region " + name);
        var end = Array.FindIndex(source, start + 1, l => l.Trim() == "#endregion");
        var lines = source[(start + 1)..end];
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).TrimEnd();
    }

    [GeneratedRegex(@"<!-- snippet: (?<name>[a-z-]+) -->\n```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex SnippetBlock();
}
