using System.Text.RegularExpressions;
using System.Xml.Linq;
using Isms.Core.Applicability;
using Isms.Core.Catalogs;
using Isms.Core.Tests.TestData;
using Isms.Testing;

namespace Isms.Reports.Tests.Docs;

/// <summary>
/// The C# in docs/reports.md and src/Isms.Reports/README.md cannot rot: every block marked
/// <c>&lt;!-- snippet: NAME --&gt;</c> equals the region NAME of <see cref="ReportsSnippets"/>, and the region runs here.
/// </summary>
public sealed partial class ReportsDocSnippetTests
{
    [Theory]
    [InlineData("docs/reports.md")]
    [InlineData("src/Isms.Reports/README.md")]
    public void The_doc_shows_the_tested_code_verbatim(string doc)
    {
        var blocks = SnippetBlock().Matches(File.ReadAllText(Path.Combine(RepositoryLayout.Root.FullName, doc)).ReplaceLineEndings("\n"))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["code"].Value.TrimEnd());

        Assert.Equal(["reports"], blocks.Keys);
        Assert.Equal(Region("reports"), blocks["reports"]);
    }

    [Fact]
    public async Task The_snippet_writes_a_heat_map_a_workbook_and_the_excluded_controls()
    {
        var builder = ReadyIsms.Builder();
        builder.StatementOfApplicability = builder.StatementOfApplicability!.WithDecision(SoaDecision.Exclude(new ControlId("7.4"), ExclusionReason.OutsideScope, "No premises"));
        var isms = builder.Build();

        var (svg, xlsx, controls, excluded) = await ReportsSnippets.Write(isms, TestIsms.Today, TestContext.Current.CancellationToken);

        Assert.Equal("svg", XDocument.Load(new MemoryStream(svg)).Root!.Name.LocalName);
        Assert.Equal(TestIsms.Catalog.Controls.Length, controls);
        Assert.Equal(controls + 1, ReportReading.Cells(xlsx, "xl/worksheets/sheet1.xml").Count);
        Assert.Equal("7.4 Physical security monitoring: OutsideScope: No premises", excluded.Trim());
    }

    private static string Region(string name)
    {
        var source = File.ReadAllLines(Path.Combine(RepositoryLayout.Root.FullName, "tests", "Isms.Reports.Tests", "Docs", "ReportsSnippets.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "#region " + name);
        var end = Array.FindIndex(source, start + 1, l => l.Trim() == "#endregion");
        var lines = source[(start + 1)..end];
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).TrimEnd();
    }

    [GeneratedRegex(@"<!-- snippet: (?<name>[a-z-]+) -->\n```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex SnippetBlock();
}
