using System.Reflection;
using System.Xml.Linq;

namespace Isms.Testing;

/// <summary>
/// Package hygiene, run by every package's test project against its own package: the package has a README that
/// names it, a description, and its assembly ships XML documentation (what NuGet users see).
/// </summary>
public sealed class PackageMetadataTests
{
    private static readonly string Package = Assembly.GetExecutingAssembly().GetName().Name!.Replace(".Tests", string.Empty, StringComparison.Ordinal);

    private static string PackageFolder => Path.Combine(RepositoryLayout.Root.FullName, "src", Package);

    [Fact]
    public void The_package_has_a_readme_that_names_it()
    {
        var readme = Path.Combine(PackageFolder, "README.md");
        Assert.True(File.Exists(readme), $"{Package} needs a README.md (packed into the .nupkg)");
        Assert.Contains(Package, File.ReadAllText(readme), StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_has_a_description_of_substance()
    {
        var project = XDocument.Load(Path.Combine(PackageFolder, Package + ".csproj"));
        var description = project.Descendants("Description").SingleOrDefault()?.Value ?? string.Empty;
        Assert.True(description.Length >= 60, $"{Package}.csproj needs a <Description> a NuGet user can judge the package by");
    }

    [Fact]
    public void The_package_ships_its_xml_documentation()
    {
        var xml = Path.Combine(AppContext.BaseDirectory, Package + ".xml");
        Assert.True(File.Exists(xml), $"{Package}.xml (GenerateDocumentationFile) is missing beside the assembly");
        Assert.Equal("doc", XDocument.Load(xml).Root!.Name.LocalName);
    }
}
