using System.Xml.Linq;

using Isms.Testing;

namespace Isms.Core.Tests.Architecture;

/// <summary>
/// docs/architecture.md: dependencies point one way, Core &lt;- Risk, Certification &lt;- Serialization
/// &lt;- Extensions.DependencyInjection.
/// Core knows nothing of engines, Stateless or JSON.
/// </summary>
public sealed class DependencyDirectionTests
{
    private static readonly Dictionary<string, string[]> AllowedProjects = new()
    {
        ["Isms.Core"] = [],
        ["Isms.Risk"] = ["Isms.Core"],
        ["Isms.Certification"] = ["Isms.Core"],
        ["Isms.Serialization"] = ["Isms.Core", "Isms.Risk", "Isms.Certification", "Isms.Evidence"],
        ["Isms.Extensions.DependencyInjection"] = ["Isms.Core", "Isms.Risk", "Isms.Certification", "Isms.Serialization", "Isms.Evidence"],
        ["Isms.Reports"] = ["Isms.Core", "Isms.Risk", "Isms.Evidence"],
        ["Isms.Evidence"] = ["Isms.Core", "Isms.Certification"],
        ["Isms.Oscal"] = ["Isms.Core", "Isms.Risk", "Isms.Certification", "Isms.Serialization"],
        ["Isms.Marten"] = ["Isms.Core", "Isms.Risk", "Isms.Certification", "Isms.Serialization", "Isms.Extensions.DependencyInjection"],
        ["Isms.AspNetCore"] = ["Isms.Core", "Isms.Risk", "Isms.Certification", "Isms.Serialization", "Isms.Extensions.DependencyInjection", "Isms.Reports", "Isms.Oscal"],
    };

    private static readonly Dictionary<string, string[]> AllowedPackages = new()
    {
        ["Isms.Core"] = ["NodaTime", "Ardalis.GuardClauses"],
        ["Isms.Risk"] = [],
        ["Isms.Certification"] = ["Stateless"],
        ["Isms.Serialization"] = ["NodaTime.Serialization.SystemTextJson"],
        ["Isms.Extensions.DependencyInjection"] = ["Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Options"],
        ["Isms.Reports"] = ["DocumentFormat.OpenXml"],
        ["Isms.Evidence"] = ["Ical.Net"],
        ["Isms.Oscal"] = [],
        ["Isms.Marten"] = ["Marten"],
        ["Isms.AspNetCore"] = ["Microsoft.AspNetCore.OpenApi"],
    };

    public static TheoryData<string> Packages() => new(AllowedProjects.Keys);

    [Theory]
    [MemberData(nameof(Packages))]
    public void A_package_references_only_the_packages_below_it(string package)
    {
        var wrong = WrongProjectReferences(package, ReadProject(package));
        Assert.True(wrong.Count == 0, $"{package} must not reference {string.Join(", ", wrong)} (docs/architecture.md)");
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void A_package_uses_only_its_chosen_libraries(string package)
    {
        var wrong = WrongPackageReferences(package, ReadProject(package));
        Assert.True(wrong.Count == 0, $"{package} must not depend on {string.Join(", ", wrong)} (docs/architecture.md)");
    }

    [Fact]
    public void The_check_sees_every_package_in_src()
    {
        var inSrc = RepositoryLayout.Root.GetDirectories("src").Single()
            .GetDirectories()
            .Where(d => d.GetFiles("*.csproj").Length > 0)
            .Select(d => d.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(AllowedProjects.Keys.Order(StringComparer.Ordinal), inSrc);
    }

    [Fact]
    public void The_check_catches_an_arrow_running_the_wrong_way()
    {
        var coreReferencingRisk = XDocument.Parse("""
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="../Isms.Risk/Isms.Risk.csproj" />
                <PackageReference Include="Stateless" />
                <PackageReference Include="Microsoft.CodeAnalysis.PublicApiAnalyzers" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);

        Assert.Equal(["Isms.Risk"], WrongProjectReferences("Isms.Core", coreReferencingRisk));
        Assert.Equal(["Stateless"], WrongPackageReferences("Isms.Core", coreReferencingRisk));
    }

    private static List<string> WrongProjectReferences(string package, XDocument project) =>
        project.Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value))
            .Except(AllowedProjects[package])
            .ToList();

    private static List<string> WrongPackageReferences(string package, XDocument project) =>
        project.Descendants("PackageReference")
            .Where(e => e.Attribute("PrivateAssets")?.Value != "all")
            .Select(e => e.Attribute("Include")!.Value)
            .Except(AllowedPackages[package])
            .ToList();

    private static XDocument ReadProject(string package) =>
        XDocument.Load(Path.Combine(RepositoryLayout.Root.FullName, "src", package, package + ".csproj"));
}
