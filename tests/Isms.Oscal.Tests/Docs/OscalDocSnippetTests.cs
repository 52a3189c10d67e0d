using System.Text.RegularExpressions;
using Isms.Oscal.Tests.Support;
using Isms.Testing;

namespace Isms.Oscal.Tests.Docs;

/// <summary>
/// The C# in the OSCAL docs cannot rot: every block marked <c>&lt;!-- snippet: NAME --&gt;</c> equals the region NAME
/// of <see cref="OscalSnippets"/>, and the regions run here.
/// </summary>
public sealed partial class OscalDocSnippetTests
{
    public static TheoryData<string, string[]> Docs() => new()
    {
        { "src/Isms.Oscal/README.md", ["oscal-import"] },
        { "docs/oscal.md", ["oscal-import", "oscal-read", "oscal-export"] },
        { "docs/crosswalks.md", ["crosswalk-coverage", "crosswalk-csv"] },
    };

    [Theory]
    [MemberData(nameof(Docs))]
    public void The_doc_shows_the_tested_code_verbatim(string doc, string[] snippets)
    {
        var blocks = SnippetBlock().Matches(File.ReadAllText(Path.Combine(RepositoryLayout.Root.FullName, doc)).ReplaceLineEndings("\n"))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["code"].Value.TrimEnd());

        Assert.Equal(snippets, blocks.Keys);
        foreach (var name in snippets)
        {
            Assert.Equal(Region(name), blocks[name]);
        }
    }

    [Fact]
    public void The_import_snippet_reads_NIST_s_CSF_into_a_catalog_set()
    {
        using var console = new StringWriter();

        var (import, catalogs) = OscalSnippets.Import(OscalData.Path("NIST_CSF_v2.0_catalog.json"), console);

        Assert.Same(import.Catalog, catalogs[import.Catalog.Id]);
        Assert.StartsWith(import.Title + ": ", console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_export_snippet_writes_six_documents_that_import_each_other()
    {
        var folder = Directory.CreateTempSubdirectory("isms-oscal-").FullName;
        try
        {
            OscalSnippets.Export(Exports.Sample, Isms.Core.Tests.TestData.TestIsms.Today, new NodaTime.Testing.FakeClock(Exports.LastModified), Guid.NewGuid(), folder);

            var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
            Assert.Equal(["assessment-plan.json", "assessment-results.json", "catalog.json", "poam.json", "profile.json", "ssp.json"], files);
            var plan = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Path.Combine(folder, "assessment-plan.json")))!;
            Assert.True(File.Exists(Path.Combine(folder, plan["assessment-plan"]!["import-ssp"]!["href"]!.GetValue<string>())));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_coverage_snippet_prints_every_target_not_covered()
    {
        using var console = new StringWriter();

        var coverage = OscalSnippets.Coverage(Exports.Sample, console);

        Assert.Equal(coverage.Targets.Length - coverage.Count(Isms.Oscal.Crosswalks.CoverageStatus.Covered), console.ToString().TrimEnd().Split('\n').Length);
    }

    [Fact]
    public void The_csv_snippet_reads_a_mapping_file_and_computes_its_coverage()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("isms-csv-").FullName, "mapping.csv");
        try
        {
            File.WriteAllText(path, "source_id,target_id,relationship,rationale,strength\n5.3,ac-5,equal,Same outcome,9\n5.1,ac-1,subset,Policy only,\n");

            var coverage = OscalSnippets.CsvCoverage(Exports.Sample, path);

            Assert.Equal(["ac-5", "ac-1"], coverage.Targets.Select(t => t.Target.Value));
            Assert.Equal(9, coverage.Crosswalk.Entries[0].Strength);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void The_read_snippet_reads_NIST_s_example_ssp_and_writes_it_back()
    {
        var copy = Path.Combine(Directory.CreateTempSubdirectory("isms-read-").FullName, "copy.json");
        try
        {
            using var console = new StringWriter();

            var document = OscalSnippets.Read(OscalData.Path("examples", "ifa_ssp-example.json"), copy, console);

            // The worked example in docs/oscal.md shows this line as the snippet's output.
            const string Output = "IFA GoodRead System Security Plan: 1 implemented requirements, imports ../select/profile.oscal.json";
            Assert.Equal(Output, console.ToString().TrimEnd());
            Assert.Contains(Output, File.ReadAllText(Path.Combine(RepositoryLayout.Root.FullName, "docs", "oscal.md")), StringComparison.Ordinal);
            Assert.Equal(document.ToUtf8Json(), File.ReadAllBytes(copy));
            Assert.Equal(OscalModels.SystemSecurityPlan, OscalDocumentReader.Default.Read(File.ReadAllBytes(copy), "copy.json", null).Model);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
        }
    }

    private static string Region(string name)
    {
        var source = File.ReadAllLines(Path.Combine(RepositoryLayout.Root.FullName, "tests", "Isms.Oscal.Tests", "Docs", "OscalSnippets.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "#region " + name);
        Assert.True(start >= 0, $"no region {name} in OscalSnippets.cs");
        var end = Array.FindIndex(source, start + 1, l => l.Trim() == "#endregion");
        var lines = source[(start + 1)..end];
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).TrimEnd();
    }

    [GeneratedRegex(@"<!-- snippet: (?<name>[a-z0-9-]+) -->\n```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex SnippetBlock();
}
