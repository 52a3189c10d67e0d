using System.Text.Json;
using System.Text.RegularExpressions;
using Isms.Certification.Lifecycle;
using Isms.Core;
using Isms.Core.Tests.TestData;
using Isms.Serialization.Contracts;
using Isms.Serialization.Tests.Support;
using Isms.Testing;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Serialization.Tests.Docs;

/// <summary>The C# of docs/contracts.md cannot rot: each block marked <c>&lt;!-- snippet: NAME --&gt;</c> equals the region
/// NAME of <see cref="ContractsSnippets"/>, and each region runs here.</summary>
public sealed partial class ContractsSnippetTests
{
    [Theory]
    [InlineData("contracts-risks")]
    [InlineData("contracts-trigger")]
    public void The_doc_shows_the_tested_code_verbatim(string region)
    {
        var blocks = SnippetBlock().Matches(File.ReadAllText(Path.Combine(RepositoryLayout.Root.FullName, "docs", "contracts.md")).ReplaceLineEndings("\n"))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["code"].Value.TrimEnd());

        Assert.True(blocks.ContainsKey(region), $"docs/contracts.md has no block marked <!-- snippet: {region} -->");
        Assert.Equal(Region(region), blocks[region]);
    }

    [Fact]
    public void The_risks_snippet_writes_the_register_with_iso_dates_and_string_ids()
    {
        var json = ContractsSnippets.Risks(ReadyIsms.Create(), TestIsms.Today);

        Assert.Contains("\"asOf\":\"2026-11-28\"", json, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"R1\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("{}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trigger_snippet_fires_as_the_signed_in_user()
    {
        var lifecycle = new CertificationLifecycle(new FakeClock(Instant.FromUtc(2024, 1, 15, 12, 0)), CertificationRecords.Policy);
        var record = CertificationRecord.Open(CertificationRecords.Application(), Instant.FromUtc(2024, 1, 8, 9, 0));

        record = ContractsSnippets.Event(lifecycle, record, new PersonId("signed-in"));

        Assert.Equal(CertificationTrigger.AcceptApplication, record.History[^1].Trigger);
        Assert.Equal("signed-in", record.History[^1].Actor.ToString());
    }

    [Theory]
    [InlineData("""{"trigger":"AcceptApplication","payload":{"reviewedOn":"2024-01-15","reviewer":"cb"}}""", ContractErrorCodes.InvalidActor)]
    [InlineData("""{"trigger":"AcceptApplication","actor":" x ","payload":{"reviewedOn":"2024-01-15","reviewer":"cb"}}""", ContractErrorCodes.InvalidActor)]
    [InlineData("""{"trigger":"AcceptApplication","actor":"cb"}""", ContractErrorCodes.InvalidPayload)]
    public void A_request_without_a_valid_actor_or_payload_is_refused_with_its_code(string body, string code)
    {
        var lifecycle = new CertificationLifecycle(new FakeClock(Instant.FromUtc(2024, 1, 15, 12, 0)), CertificationRecords.Policy);
        var record = CertificationRecord.Open(CertificationRecords.Application(), Instant.FromUtc(2024, 1, 8, 9, 0));
        var request = JsonSerializer.Deserialize(body, IsmsJson.TypeInfo<CertificationEventRequest>())!;

        var error = Assert.Throws<IsmsException>(() => request.FireOn(lifecycle, record));

        Assert.Equal(code, error.Error.Code);
    }

    private static string Region(string name)
    {
        var source = File.ReadAllLines(Path.Combine(RepositoryLayout.Root.FullName, "tests", "Isms.Serialization.Tests", "Docs", "ContractsSnippets.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "#region " + name);
        var end = Array.FindIndex(source, start + 1, l => l.Trim() == "#endregion");
        var lines = source[(start + 1)..end];
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).TrimEnd();
    }

    [GeneratedRegex(@"<!-- snippet: (?<name>[a-z-]+) -->\n```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex SnippetBlock();
}
