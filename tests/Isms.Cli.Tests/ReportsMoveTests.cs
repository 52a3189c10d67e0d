using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Isms.Testing;

namespace Isms.Cli.Tests;

/// <summary>
/// The report writers moved from the <c>isms</c> sample into the Isms.Reports package without changing a byte: the
/// files in <c>Golden/</c> were written by the sample's own writers before the move, on the sample organisation as of
/// 2026-11-28, and the verbs must still write exactly them.
/// </summary>
/// <remarks>An xlsx package is a zip whose entry timestamps and relationship ids (random <c>R</c> + 16 hex digits) are
/// new on every run, before the move as after; the comparison is of every part's bytes with the relationship ids
/// renamed in order of appearance, which is everything a reader of the workbook sees.</remarks>
public sealed partial class ReportsMoveTests
{
    private static string Golden(string name) => Path.Combine(RepositoryLayout.Root.FullName, "tests", "Isms.Cli.Tests", "Golden", name);

    [Theory]
    [InlineData("heatmap-2026-11-28.svg")]
    [InlineData("heatmap-all-2026-11-28.svg", "--stage", "all")]
    public void The_heatmap_verb_writes_the_same_bytes_as_before_the_move(string golden, params string[] options)
    {
        using var folder = new TempFolder();
        var path = folder.File("heatmap.svg");

        var result = CliRunner.InProcess(["heatmap", .. options, "--out", path, "--as-of", "2026-11-28"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllBytes(Golden(golden)), File.ReadAllBytes(path));
    }

    [Fact]
    public void The_soa_verb_writes_a_workbook_whose_parts_are_the_same_bytes_as_before_the_move()
    {
        using var folder = new TempFolder();
        var path = folder.File("soa.xlsx");

        var result = CliRunner.InProcess("soa", "--format", "xlsx", "--out", path, "--as-of", "2026-11-28");

        Assert.Equal(0, result.ExitCode);
        var expected = Parts(Golden("soa-2026-11-28.xlsx"));
        var actual = Parts(path);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (name, content) in expected)
        {
            Assert.True(string.Equals(content, actual[name], StringComparison.Ordinal), $"part {name} differs from the workbook written before the move");
        }
    }

    /// <summary>Each part's content (as text, relationship ids renamed R1, R2... in order of appearance across the
    /// parts in zip order), keyed by part name in zip order.</summary>
    private static Dictionary<string, string> Parts(string xlsx)
    {
        using var zip = ZipFile.OpenRead(xlsx);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
            parts.Add(entry.FullName, RelationshipId().Replace(reader.ReadToEnd(), m =>
            {
                if (!ids.TryGetValue(m.Value, out var renamed))
                {
                    renamed = "\"R" + (ids.Count + 1) + "\"";
                    ids.Add(m.Value, renamed);
                }

                return renamed;
            }));
        }

        return parts;
    }

    [GeneratedRegex("\"R[0-9a-f]{16}\"")]
    private static partial Regex RelationshipId();
}
