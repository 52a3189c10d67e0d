using System.Text.RegularExpressions;
using Isms.Certification.Lifecycle;
using Isms.Testing;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Extensions.DependencyInjection.Tests.Docs;

/// <summary>
/// The C# in docs/getting-started.md and README.md cannot rot: every block marked <c>&lt;!-- snippet: NAME --&gt;</c>
/// must equal the region NAME of <see cref="GettingStartedSnippets"/>, and each region runs here.
/// </summary>
public sealed partial class DocSnippetTests
{
    private static readonly LocalDate Today = new(2026, 11, 28);

    public static TheoryData<string, string> Snippets() => new()
    {
        { "docs/getting-started.md", "build" },
        { "docs/getting-started.md", "score" },
        { "docs/getting-started.md", "certify" },
        { "docs/getting-started.md", "embed" },
        { "docs/getting-started.md", "save" },
        { "README.md", "readme" },
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void The_doc_shows_the_tested_code_verbatim(string doc, string region)
    {
        var blocks = MarkedBlocks(File.ReadAllText(Path.Combine(RepositoryLayout.Root.FullName, doc)));

        Assert.True(blocks.ContainsKey(region), $"{doc} has no block marked <!-- snippet: {region} -->");
        Assert.Equal(Region(region), blocks[region]);
    }

    [Fact]
    public void Every_marked_block_in_the_docs_has_a_region()
    {
        var marked = new[] { "docs/getting-started.md", "README.md" }
            .SelectMany(d => MarkedBlocks(File.ReadAllText(Path.Combine(RepositoryLayout.Root.FullName, d))).Keys);

        var tested = Snippets().Select(row => row.Data.Item2).ToHashSet(StringComparer.Ordinal);
        Assert.All(marked, name => Assert.Contains(name, tested));
    }

    [Fact]
    public void The_README_example_is_at_most_20_lines()
    {
        Assert.InRange(Region("readme").Split('\n').Length, 5, 20);
    }

    [Fact]
    public void The_built_ISMS_is_valid_and_scores_its_risk()
    {
        var isms = GettingStartedSnippets.Build(Today);
        var output = GettingStartedSnippets.Score(isms, Today);

        Assert.Contains("R-01: inherent ", output, StringComparison.Ordinal);
        Assert.Contains("Readiness: NotReady", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_certification_snippet_accepts_the_application()
    {
        var isms = GettingStartedSnippets.Build(Today);
        var record = GettingStartedSnippets.Certify(isms, new FakeClock(Today.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().Plus(Duration.FromHours(9))));

        Assert.Equal(CertificationState.AwaitingStage1, record.State);
        Assert.Single(record.History);
    }

    [Fact]
    public void The_embedding_and_saving_snippets_store_a_document_and_reload_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "isms-docs-" + Guid.NewGuid().ToString("N"));
        try
        {
            var documents = GettingStartedSnippets.Embed(folder);
            var saved = GettingStartedSnippets.Save(documents);

            Assert.Equal(93, saved.Controls);
            Assert.False(saved.Version.IsNone);
            Assert.Equal(["annex-a-2022.json"], documents.List());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void The_README_example_prints_the_level_and_readiness()
    {
        Assert.StartsWith("R-01: ", GettingStartedSnippets.Readme(), StringComparison.Ordinal);
    }

    private static string Region(string name)
    {
        var source = File.ReadAllLines(Path.Combine(RepositoryLayout.Root.FullName, "tests", "Isms.Extensions.DependencyInjection.Tests", "Docs", "GettingStartedSnippets.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "#region " + name);
        var end = Array.FindIndex(source, start + 1, l => l.Trim() == "#endregion");
        var lines = source[(start + 1)..end];
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).TrimEnd();
    }

    private static Dictionary<string, string> MarkedBlocks(string markdown) =>
        SnippetBlock().Matches(markdown.ReplaceLineEndings("\n"))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["code"].Value.TrimEnd());

    [GeneratedRegex(@"<!-- snippet: (?<name>[a-z-]+) -->\n```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex SnippetBlock();
}
