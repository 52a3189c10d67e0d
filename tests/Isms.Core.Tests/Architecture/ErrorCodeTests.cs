using System.Text.RegularExpressions;
using Isms.Testing;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Isms.Core.Tests.Architecture;

/// <summary>
/// Error and finding codes: each is declared once (a public constant of a <c>...Codes</c> class in a package), follows
/// the shape that tells an error from a finding, and has its row in docs/errors.md. The check reads the source of every
/// package under src/, so codes of packages added later are covered.
/// </summary>
public sealed partial class ErrorCodeTests
{
    [Fact]
    public void Every_code_is_declared_once()
    {
        var duplicates = DeclaredCodes().GroupBy(c => c.Code, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Constant))}").ToList();

        Assert.True(duplicates.Count == 0, "codes declared twice:\n" + string.Join("\n", duplicates));
    }

    [Fact]
    public void Error_classes_declare_0nn_codes_and_finding_classes_1nn_codes()
    {
        var wrong = DeclaredCodes().Where(c => !HasItsClassShape(c)).Select(c => $"{c.Constant} = {c.Code}").ToList();

        Assert.True(wrong.Count == 0, "codes whose number does not say error (0nn, in ...ErrorCodes) or finding (1nn, in ...FindingCodes) or readiness (RDY-, in ReadinessCodes or a package's ...ReadinessCodes):\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Every_declared_code_has_its_row_in_docs_errors_md_and_every_row_a_code()
    {
        var declared = DeclaredCodes().ToList();
        var documented = DocumentedCodes();

        var missing = declared.Where(c => !documented.Contains(c.Code))
            .Select(c => $"| {c.Code} | `{c.Constant}` | (its XML summary) |").ToList();
        var stale = documented.Except(declared.Select(c => c.Code), StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "docs/errors.md lacks these rows:\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "docs/errors.md lists codes no package declares: " + string.Join(", ", stale));
    }

    [Fact]
    public void The_check_finds_the_codes_of_every_area()
    {
        var areas = DeclaredCodes().Select(c => c.Code.Split('-')[1]).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["CORE", "CAT", "FAIR", "RISK", "CERT", "DOC"], StringComparer.Ordinal), areas);
    }

    private static bool HasItsClassShape((string Code, string Constant) c)
    {
        var type = c.Constant.Split('.')[0];
        var number = CodeShape().Match(c.Code);
        if (!number.Success)
        {
            return false;
        }

        return number.Groups["prefix"].Value == "RDY"
            ? type.EndsWith("ReadinessCodes", StringComparison.Ordinal)
            : type.EndsWith("FindingCodes", StringComparison.Ordinal) ? number.Groups["number"].Value[0] == '1'
            : type.EndsWith("ErrorCodes", StringComparison.Ordinal) && number.Groups["number"].Value[0] == '0';
    }

    private static IEnumerable<(string Code, string Constant)> DeclaredCodes()
    {
        var src = Path.Combine(RepositoryLayout.Root.FullName, "src");
        foreach (var file in Directory.EnumerateFiles(src, "*Codes.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            foreach (var type in root.DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                foreach (var field in type.Members.OfType<FieldDeclarationSyntax>().Where(f => f.Modifiers.Any(m => m.ValueText == "const")))
                {
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (variable.Initializer?.Value is LiteralExpressionSyntax literal && literal.Token.Value is string code
                            && CodeShape().IsMatch(code))
                        {
                            yield return (code, $"{type.Identifier.ValueText}.{variable.Identifier.ValueText}");
                        }
                    }
                }
            }
        }
    }

    private static HashSet<string> DocumentedCodes() =>
        File.ReadLines(Path.Combine(RepositoryLayout.Root.FullName, "docs", "errors.md"))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries)[1])
            .Where(c => CodeShape().IsMatch(c))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^(?<prefix>ISMS|RDY)-[A-Z0-9]+-(?<number>[0-9]{3})$")]
    private static partial Regex CodeShape();
}
