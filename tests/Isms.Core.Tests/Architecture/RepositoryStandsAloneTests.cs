using Isms.Testing;

namespace Isms.Core.Tests.Architecture;

/// <summary>
/// The repository stands alone: no file cites a document that lives outside it (a team's design notes, a sibling
/// folder of checks). What a contributor needs is in docs/architecture.md and docs/contributing.md.
/// </summary>
public sealed class RepositoryStandsAloneTests
{
    // Built from parts so that this file does not cite them itself.
    private static readonly string[] OutsideReferences = ["DESIGN" + ".md", "DESIGN" + " section", "../" + "shared/"];

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".cs", ".md", ".props", ".targets", ".csproj", ".json", ".sh", ".txt", ".yml", ".yaml", ".xml", ".sln",
    };

    [Fact]
    public void No_file_cites_a_document_outside_the_repository()
    {
        var root = RepositoryLayout.Root.FullName;
        var citations = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (!TextExtensions.Contains(Path.GetExtension(file)) && !relative.StartsWith(".ci/", StringComparison.Ordinal)
                || relative.Split('/').Any(part => part is "bin" or "obj" or ".git" or "artifacts" or "BenchmarkDotNet.Artifacts" or "StrykerOutput"))
            {
                continue;
            }

            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (OutsideReferences.FirstOrDefault(r => line.Contains(r, StringComparison.Ordinal)) is { } found)
                {
                    citations.Add($"{relative}:{lineNumber}: {found}");
                }
            }
        }

        Assert.True(citations.Count == 0, "files citing documents outside the repository:\n" + string.Join("\n", citations));
    }
}
