using Isms.Testing;

namespace Isms.Core.Tests.Architecture;

/// <summary>
/// No two public types in the packages share a simple name, so code that imports several namespaces compiles without
/// aliases. The check reads every package's PublicAPI files, so a package added later is covered without editing it.
/// </summary>
public sealed class PublicTypeNameTests
{
    [Fact]
    public void No_two_public_types_of_the_packages_share_a_simple_name()
    {
        var types = PublicTypes();
        var clashes = types
            .GroupBy(t => SimpleName(t.FullName), StringComparer.Ordinal)
            .Where(g => g.Select(t => t.FullName).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => $"{t.FullName} ({t.Package})").Distinct())}")
            .ToList();

        Assert.True(clashes.Count == 0, "public types sharing a simple name:\n" + string.Join("\n", clashes));
    }

    [Fact]
    public void The_check_reads_the_public_types_of_every_package()
    {
        var packages = PublicTypes().Select(t => t.Package).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var inSrc = Directory.GetDirectories(Path.Combine(RepositoryLayout.Root.FullName, "src"))
            .Where(d => Directory.GetFiles(d, "*.csproj").Length > 0)
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(inSrc, packages);
    }

    [Theory]
    [InlineData("Isms.Core.Organisation.Site", "Site")]
    [InlineData("Isms.Certification.Lifecycle.PersonTrigger<TPayload>", "PersonTrigger")]
    [InlineData("Isms.Core.Register<TId, TEntity>", "Register")]
    [InlineData("Isms.Core.Outer.Inner", "Inner")]
    public void A_simple_name_is_the_last_segment_without_type_parameters(string fullName, string simple) =>
        Assert.Equal(simple, SimpleName(fullName));

    [Theory]
    [InlineData("Isms.Core.IsmsError", true)]
    [InlineData("abstract Isms.Core.Readiness.ReadinessRule", true)]
    [InlineData("Isms.Core.IsmsError.Code.get -> string!", false)]
    [InlineData("Isms.Core.IsmsError.IsmsError(string! code, string! message) -> void", false)]
    [InlineData("const Isms.Core.IsmsErrorCodes.DuplicateId = \"ISMS-CORE-002\" -> string!", false)]
    [InlineData("#nullable enable", false)]
    [InlineData("*REMOVED*Isms.Core.Old", false)]
    public void Only_type_lines_of_a_PublicAPI_file_are_read_as_types(string line, bool isType) =>
        Assert.Equal(isType, TypeName(line) is not null);

    private static List<(string Package, string FullName)> PublicTypes()
    {
        var result = new List<(string, string)>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(RepositoryLayout.Root.FullName, "src")))
        {
            foreach (var file in Directory.GetFiles(dir, "PublicAPI.*.txt"))
            {
                foreach (var line in File.ReadLines(file))
                {
                    if (TypeName(line) is { } name)
                    {
                        result.Add((Path.GetFileName(dir), name));
                    }
                }
            }
        }

        return result;
    }

    /// <summary>A line that declares a type: no member arrow, no parameter list, no directive.</summary>
    private static string? TypeName(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.StartsWith('#') || text.StartsWith("*REMOVED*", StringComparison.Ordinal)
            || text.Contains("->", StringComparison.Ordinal) || text.Contains('(', StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var modifier in new[] { "abstract ", "sealed ", "static ", "virtual ", "override ", "readonly " })
        {
            if (text.StartsWith(modifier, StringComparison.Ordinal))
            {
                text = text[modifier.Length..];
            }
        }

        return text;
    }

    private static string SimpleName(string fullName)
    {
        var generic = fullName.IndexOf('<', StringComparison.Ordinal);
        var name = generic < 0 ? fullName : fullName[..generic];
        return name[(name.LastIndexOf('.') + 1)..];
    }
}
