using System.Reflection;
using System.Text.RegularExpressions;

namespace Isms.Testing;

/// <summary>
/// Compares a <c>#region NAME</c> of a test file with the block after <c>&lt;!-- snippet: NAME --&gt;</c> in a doc, so every
/// C# block of the docs is code a test compiles and runs. Linked into the test projects that check docs.
/// </summary>
internal static class DocSnippets
{
    /// <param name="doc">The doc's path from the repository root, e.g. <c>docs/postgres.md</c>.</param>
    /// <param name="testFile">The test file holding the region, from the test project's folder, e.g. <c>Docs/StoreSnippetTests.cs</c>.</param>
    /// <param name="name">The region's and the snippet's name.</param>
    public static void AssertShown(string doc, string testFile, string name)
    {
        var root = RepositoryLayout.Root.FullName;
        var docs = File.ReadAllText(Path.Combine(root, doc)).ReplaceLineEndings("\n");
        var block = Regex.Match(docs, "<!-- snippet: " + Regex.Escape(name) + " -->\n```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline);
        Assert.True(block.Success, $"{doc} has no block marked <!-- snippet: {name} -->");
        // The assembly this file is compiled into is the test project's (its name is the project's folder under tests/).
        var project = Assembly.GetExecutingAssembly().GetName().Name!;
        Assert.Equal(Region(Path.Combine(root, "tests", project, testFile), name), block.Groups["code"].Value.TrimEnd());
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
