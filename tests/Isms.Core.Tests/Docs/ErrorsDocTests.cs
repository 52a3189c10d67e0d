using System.Text.RegularExpressions;
using Isms.Core.Tests.TestData;
using Isms.Testing;

namespace Isms.Core.Tests.Docs;

/// <summary>
/// The C# of docs/errors.md is this file's region, shown verbatim (a test compares them) and run on an ISMS that breaks
/// a rule, so the snippet cannot rot.
/// </summary>
public sealed partial class ErrorsDocTests
{
    [Fact]
    public void The_doc_shows_the_tested_code_verbatim()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryLayout.Root.FullName, "docs", "errors.md"));
        var block = CSharpBlock().Match(doc);

        Assert.True(block.Success, "docs/errors.md has no ```csharp block");
        Assert.Equal(Region("catch"), block.Groups["code"].Value.TrimEnd());
    }

    [Fact]
    public void The_snippet_reports_each_error_with_its_code_and_entity()
    {
        var builder = TestIsms.Builder().AddRisk(TestIsms.Risk("R2", "A404"));

        var lines = Report(builder);

        var line = Assert.Single(lines);
        Assert.StartsWith($"{IsmsErrorCodes.DanglingReference} ", line, StringComparison.Ordinal);
        Assert.Contains(" R2 ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_snippet_reports_nothing_for_a_valid_isms() =>
        Assert.Empty(Report(TestIsms.Builder()));

    private static List<string> Report(IsmsBuilder builder)
    {
        var log = new List<string>();
        var console = new StringWriter();
        var previous = Console.Error;
        Console.SetError(console);
        try
        {
            #region catch
            try
            {
                var isms = builder.Build();
            }
            catch (IsmsException ex)
            {
                foreach (var error in ex.Errors)
                {
                    Console.Error.WriteLine($"{error.Code} {error.EntityKind} {error.EntityId} {error.Member}: {error.Message}");
                }
            }
            #endregion
        }
        finally
        {
            Console.SetError(previous);
        }

        log.AddRange(console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return log;
    }

    private static string Region(string name)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryLayout.Root.FullName, "tests", "Isms.Core.Tests", "Docs", "ErrorsDocTests.cs"));
        var start = source.IndexOf("#region " + name, StringComparison.Ordinal);
        var body = source[(source.IndexOf('\n', start) + 1)..source.IndexOf("#endregion", start, StringComparison.Ordinal)];
        var lines = body.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        while (lines.Count > 0 && lines[^1].Trim().Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
