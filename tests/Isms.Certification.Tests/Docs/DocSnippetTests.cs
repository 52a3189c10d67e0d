using System.Text.RegularExpressions;
using Isms.Certification.Lifecycle;
using NodaTime;
using NodaTime.Testing;
using static Isms.Certification.Tests.Samples;

namespace Isms.Certification.Tests.Docs;

/// <summary>
/// The C# of docs/certification.md cannot rot: every block marked <c>&lt;!-- snippet: NAME --&gt;</c> must equal the
/// region NAME of <see cref="CertificationSnippets"/> (or, for the persisting block, of the Serialization tests), and
/// each region runs here.
/// </summary>
public sealed partial class DocSnippetTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(Isms.Testing.RepositoryLayout.Root.FullName, "docs", "certification.md"));

    [Theory]
    [InlineData("quick-start")]
    [InlineData("read-the-data")]
    public void The_doc_shows_the_tested_code_verbatim(string region)
    {
        var blocks = MarkedBlocks(Docs);

        Assert.True(blocks.ContainsKey(region), $"docs/certification.md has no block marked <!-- snippet: {region} -->");
        Assert.Equal(Region("tests/Isms.Certification.Tests/Docs/CertificationSnippets.cs", region), blocks[region]);
    }

    [Fact]
    public void Every_csharp_block_of_the_page_is_marked_and_compiled()
    {
        var csharp = Regex.Matches(Docs.ReplaceLineEndings("\n"), "```csharp\n").Count;

        Assert.Equal(csharp, MarkedBlocks(Docs).Count);
    }

    [Fact]
    public void The_quick_start_reaches_Stage_2_and_explains_what_is_blocked()
    {
        var (record, deadlines, output) = CertificationSnippets.QuickStart(new FakeClock(Instant.FromUtc(2024, 2, 8, 9, 0)));

        Assert.Equal(CertificationState.AwaitingStage2, record.State);
        Assert.Contains("CompleteStage2: yes", output, StringComparison.Ordinal);
        Assert.Contains("Stage2WindowLapsed: the CB's maximum interval from Stage 1 to Stage 2 has passed (CB policy)", output, StringComparison.Ordinal);
        Assert.Contains(deadlines, d => d.Kind == Deadlines.DeadlineKind.Stage2Window && d.DueDate == new LocalDate(2024, 8, 7));
    }

    [Fact]
    public void The_error_data_snippet_reads_the_index_and_the_member()
    {
        var lifecycle = Engine();
        var record = Certified(lifecycle, D(2024, 2, 29));
        var before = CertificationRecord.Open(record.Application, record.OpenedAt);
        var stored = record.History[0] with { Actor = Actor.Clock };

        var ex = CertificationSnippets.ReadTheData(lifecycle, before, stored);

        Assert.NotNull(ex);
        Assert.Equal((0, CertificationErrorCodes.InvalidActor, "Actor"), (ex.EventIndex, ex.Code, ex.Member));
    }

    internal static string Region(string file, string name)
    {
        var source = File.ReadAllLines(Path.Combine(Isms.Testing.RepositoryLayout.Root.FullName, file));
        var start = Array.FindIndex(source, l => l.Trim() == "#region " + name);
        var end = Array.FindIndex(source, start + 1, l => l.Trim() == "#endregion");
        var lines = source[(start + 1)..end];
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).TrimEnd();
    }

    internal static Dictionary<string, string> MarkedBlocks(string markdown) =>
        SnippetBlock().Matches(markdown.ReplaceLineEndings("\n"))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["code"].Value.TrimEnd());

    [GeneratedRegex(@"<!-- snippet: (?<name>[a-z-]+) -->\n```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex SnippetBlock();
}
