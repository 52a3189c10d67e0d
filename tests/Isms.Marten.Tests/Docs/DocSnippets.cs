using System.Text.RegularExpressions;

namespace Isms.Marten.Tests.Docs;

/// <summary>Compares a <c>#region NAME</c> of a test file with the block after <c>&lt;!-- snippet: NAME --&gt;</c> in a doc.</summary>
internal static class DocSnippets
{
    /// <param name="doc">The doc's path from the repository root, e.g. <c>docs/postgres.md</c>.</param>
    public static void AssertShown(string doc, string testFile, string name)
    {
        var root = Isms.Testing.RepositoryLayout.Root.FullName;
        var docs = File.ReadAllText(Path.Combine(root, doc)).ReplaceLineEndings("\n");
        var block = Regex.Match(docs, "<!-- snippet: " + Regex.Escape(name) + " -->\n```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline);
        Assert.True(block.Success, $"{doc} has no block marked <!-- snippet: {name} -->");
        Assert.Equal(Region(Path.Combine(root, "tests", "Isms.Marten.Tests", "Docs", testFile), name), block.Groups["code"].Value.TrimEnd());
    }

    private static string Region(string file, string name)
    {
        var source = File.ReadAllLines(file);
        var start = Array.FindIndex(source, l => l.Trim() == "#region " + name);
        Assert.True(start >= 0, $"{file} has no #region {name}");
        var end = Array.FindIndex(source, start + 1, l => l.Trim() == "#endregion");
        var lines = source[(start + 1)..end];
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).TrimEnd();
    }
}
