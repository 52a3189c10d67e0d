using System.Text.Json;

namespace Isms.Cli.Tests;

/// <summary><c>isms oscal import</c>: an OSCAL catalog summarised; a malformed one is one line with its code, exit 2.</summary>
public sealed class OscalVerbTests
{
    private const string Catalog = """
        {"catalog": {"uuid": "2c8a3f4e-1b7d-4e0a-9c7e-0f6a1d2b3c4d",
          "metadata": {"title": "Two families", "last-modified": "2025-01-01T00:00:00Z", "version": "1", "oscal-version": "1.1.2"},
          "groups": [
            {"id": "a", "title": "Family A", "controls": [
              {"id": "a-1", "title": "One", "params": [{"id": "a-1_prm_1"}, {"id": "a-1_prm_2"}],
               "controls": [{"id": "a-1.1", "title": "One, enhanced"}, {"id": "a-1.2", "title": "One, enhanced again"}]}]},
            {"id": "b", "title": "Family B", "controls": [{"id": "b-1", "title": "Two"}, {"id": "b-2", "title": "Three"}]}]}}
        """;

    [Fact]
    public void Import_prints_controls_enhancements_groups_and_parameters()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("catalog.json"), Catalog);

        var result = CliRunner.InProcess("oscal", "import", folder.File("catalog.json"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal((3, 2, 2, 2), (root.GetProperty("controls").GetInt32(), root.GetProperty("enhancements").GetInt32(), root.GetProperty("groups").GetInt32(), root.GetProperty("parameters").GetInt32()));
        Assert.Equal("Two families", root.GetProperty("title").GetString());
    }

    [Fact]
    public void Import_as_a_table_names_the_catalog_and_its_counts()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("catalog.json"), Catalog);

        var result = CliRunner.InProcess("oscal", "import", folder.File("catalog.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Two families", result.OutLines[0]);
        Assert.Contains(result.OutLines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["enhancements", "2"]);
        Assert.Contains("Themes: Family A; Family B", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"catalog\":", "ISMS-DOC-001")]
    [InlineData("{\"system-security-plan\": {}}", "ISMS-OSCAL-001")]
    public void A_malformed_document_is_one_line_with_its_code_and_exit_2(string text, string code)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("bad.json"), text);

        var result = CliRunner.InProcess("oscal", "import", folder.File("bad.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"isms: {code} ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("catalog", "catalog")]
    [InlineData("profile", "profile")]
    [InlineData("ssp", "system-security-plan")]
    [InlineData("assessment-plan", "assessment-plan")]
    [InlineData("assessment-results", "assessment-results")]
    [InlineData("poam", "plan-of-action-and-milestones")]
    public void Export_writes_the_sample_organisation_as_the_OSCAL_model(string model, string root)
    {
        using var folder = new TempFolder();
        var path = folder.File(model + ".json");

        var result = CliRunner.InProcess("oscal", "export", "--model", model, "--out", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"Wrote {path} (OSCAL {model})", result.OutLines[0]);
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        Assert.Equal([root], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("1.1.2", json.RootElement.GetProperty(root).GetProperty("metadata").GetProperty("oscal-version").GetString());
    }

    [Fact]
    public void Export_without_out_prints_the_document_and_without_model_is_bad_usage()
    {
        var printed = CliRunner.InProcess("oscal", "export", "--model", "profile");
        var missing = CliRunner.InProcess("oscal", "export");

        Assert.Equal(0, printed.ExitCode);
        using var json = JsonDocument.Parse(printed.Out);
        Assert.True(json.RootElement.TryGetProperty("profile", out _));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--model", missing.Error, StringComparison.Ordinal);
    }
}
