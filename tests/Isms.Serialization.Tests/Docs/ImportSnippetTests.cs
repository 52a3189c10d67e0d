using System.Text.RegularExpressions;
using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Serialization.Tests.Import;
using Isms.Serialization.Tests.Support;
using Isms.Testing;

namespace Isms.Serialization.Tests.Docs;

/// <summary>
/// The import code in the docs cannot rot: every block marked <c>&lt;!-- snippet: NAME --&gt;</c> in the pages below
/// equals the region NAME of <see cref="ImportSnippets"/>, and each region runs here with what its comments promise.
/// </summary>
public sealed partial class ImportSnippetTests : IDisposable
{
    private static readonly string[] Pages = ["docs/quantitative-risk.md", "docs/catalogs.md", "docs/risk.md"];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> Snippets() => new()
    {
        { "docs/quantitative-risk.md", "import-scenarios" },
        { "docs/catalogs.md", "import-catalog" },
        { "docs/risk.md", "import-matrix" },
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void The_doc_shows_the_tested_code_verbatim(string page, string region)
    {
        var blocks = MarkedBlocks(File.ReadAllText(Path.Combine(RepositoryLayout.Root.FullName, page)));

        Assert.True(blocks.ContainsKey(region), $"{page} has no block marked <!-- snippet: {region} -->");
        Assert.Equal(Region(region), blocks[region]);
    }

    [Fact]
    public void Every_marked_block_of_these_pages_has_a_region()
    {
        var marked = Pages.SelectMany(p => MarkedBlocks(File.ReadAllText(Path.Combine(RepositoryLayout.Root.FullName, p))).Keys);

        Assert.All(marked, name => Assert.Contains(name, Snippets().Select(row => row.Data.Item2)));
    }

    [Fact]
    public void The_scenario_snippet_reads_the_csv_and_reports_the_json_error_its_comment_describes()
    {
        var csv = Write("scenarios.csv", ImportSamples.ScenarioCsv);
        var json = Write("risks.json", "[{\"id\": \"A\", \"name\": \"Fraud\", \"LEF\": 2,\n \"LM\": {\"low\": 9000, \"high\": 10}}]");
        var log = new StringWriter();

        var set = ImportSnippets.Scenarios(csv, json, log);

        Assert.Equal(3, set.Scenarios.Length);
        var ex = Assert.Throws<IsmsDocumentException>(() => Isms.Serialization.Import.FairScenarioJsonReader.Default.Read(File.ReadAllBytes(json), "risks.json"));
        Assert.Equal(("ISMS-DOC-024", "$[0].LM", (long?)2), (ex.Code, ex.Path, ex.Line));
        Assert.Equal(FairErrorCodes.LowAboveHigh, Assert.IsType<IsmsException>(ex.InnerException).Code);
        Assert.Equal(ex.Message + Environment.NewLine, log.ToString());
    }

    [Fact]
    public void The_catalog_snippet_reads_a_vendor_catalog_and_its_mapping()
    {
        var catalog = Write("soc2.tsv", ImportSamples.Soc2);
        var pairs = Write("pairs.tsv", ImportSamples.Soc2ToIso);

        var (soc2, mapping) = ImportSnippets.Catalogs(catalog, pairs, [new ControlId("CC6.1")]);

        Assert.Equal(3, soc2.Count);
        Assert.Equal(["8.3", "5.15"], mapping.TargetsOf(new ControlId("CC6.1")).Select(i => i.Value));
    }

    [Fact]
    public void The_matrix_snippet_imports_a_ciso_assistant_matrix()
    {
        var matrix = Write("matrix.json", ImportSamples.WrappedAsString);

        var criteria = ImportSnippets.Matrix(matrix);

        Assert.Equal(2, criteria.AcceptanceLevel.Value);
        Assert.Equal(4, criteria.Matrix.Likelihood.Count);
    }

    private string Write(string name, string text)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Region(string name)
    {
        var source = File.ReadAllLines(Path.Combine(RepositoryLayout.Root.FullName, "tests", "Isms.Serialization.Tests", "Docs", "ImportSnippets.cs"));
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
