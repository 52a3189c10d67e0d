using System.Text.Json;

namespace Isms.Cli.Tests;

/// <summary><c>isms catalog</c>: the Annex A catalogs and the 2013 to 2022 mapping as table, tsv and json.</summary>
public sealed class CatalogVerbTests
{
    [Fact]
    public void Tsv_of_2022_has_the_contract_header_then_93_controls()
    {
        var result = CliRunner.InProcess("catalog", "--format", "tsv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("id\ttheme\ttitle", result.OutLines[0]);
        Assert.Equal(94, result.OutLines.Length);
        Assert.Equal("5.1\tOrganizational\tPolicies for information security", result.OutLines[1]);
        Assert.Equal("8.34\tTechnological\tProtection of information systems during audit testing", result.OutLines[^1]);
        Assert.DoesNotContain('\r', result.Out);
    }

    [Fact]
    public void Attributes_add_five_columns_spelled_as_the_standard_hashtags()
    {
        var result = CliRunner.InProcess("catalog", "--attributes", "--format", "tsv");

        Assert.Equal("id\ttheme\ttitle\tcontrol_type\tproperties\tconcepts\tcapabilities\tdomains", result.OutLines[0]);
        Assert.Equal(
            "5.1\tOrganizational\tPolicies for information security\tPreventive\tConfidentiality,Integrity,Availability\tIdentify\tGovernance\tGovernance_and_Ecosystem,Resilience",
            result.OutLines[1]);
        Assert.All(result.OutLines.Skip(1), line => Assert.Equal(8, line.Split('\t').Length));
        Assert.DoesNotContain('#', result.Out);
    }

    [Fact]
    public void Mapping_prints_115_pairs_of_2013_and_2022_ids()
    {
        var result = CliRunner.InProcess("catalog", "--mapping", "--format", "tsv");

        Assert.Equal("id_2013\tid_2022", result.OutLines[0]);
        Assert.Equal(116, result.OutLines.Length);
        Assert.Contains("A.12.6.1\t8.8", result.OutLines);
        Assert.Contains("A.5.1.1\t5.1", result.OutLines);
        Assert.Contains("A.5.1.2\t5.1", result.OutLines);
    }

    [Fact]
    public void Tsv_of_2013_lists_114_controls_with_clause_and_objective()
    {
        var result = CliRunner.InProcess("catalog", "--edition", "2013", "--format", "tsv");

        Assert.Equal("id\tclause\tobjective\ttitle", result.OutLines[0]);
        Assert.Equal(115, result.OutLines.Length);
        Assert.Equal("A.18.2.3\tA.18 Compliance\tA.18.2 Information security reviews\tTechnical compliance review", result.OutLines[^1]);
    }

    [Fact]
    public void Json_of_2022_parses_and_holds_93_controls_with_attributes_and_predecessors()
    {
        var result = CliRunner.InProcess("catalog", "--format", "json");

        using var document = JsonDocument.Parse(result.Out);
        var controls = document.RootElement.GetProperty("controls");
        Assert.Equal(93, controls.GetArrayLength());
        var threatIntelligence = controls.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "5.7");
        Assert.True(threatIntelligence.GetProperty("newIn2022").GetBoolean());
        Assert.Equal(0, threatIntelligence.GetProperty("mapsFrom2013").GetArrayLength());
        Assert.Equal(3, threatIntelligence.GetProperty("attributes").GetProperty("controlType").GetArrayLength());
    }

    [Fact]
    public void Json_of_the_mapping_parses_and_lists_the_new_controls()
    {
        var result = CliRunner.InProcess("catalog", "--mapping", "--format", "json");

        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal(115, document.RootElement.GetProperty("pairs").GetArrayLength());
        Assert.Equal(11, document.RootElement.GetProperty("newIn2022").GetArrayLength());
    }

    [Fact]
    public void Filters_by_theme_attribute_and_novelty_narrow_the_list()
    {
        Assert.Equal(9, CliRunner.InProcess("catalog", "--theme", "people", "--format", "tsv").OutLines.Length);
        Assert.Equal(12, CliRunner.InProcess("catalog", "--with", "Detective,Availability", "--format", "tsv").OutLines.Length);
        Assert.Equal(12, CliRunner.InProcess("catalog", "--new", "--format", "tsv").OutLines.Length);
        Assert.Equal(15, CliRunner.InProcess("catalog", "--edition", "2013", "--theme", "A.9", "--format", "tsv").OutLines.Length);
    }

    [Fact]
    public void The_table_marks_new_controls_and_counts_the_themes()
    {
        var result = CliRunner.InProcess("catalog");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("5.7      * Threat intelligence", result.Out, StringComparison.Ordinal);
        Assert.Contains("Organizational 37, People 8, Physical 14, Technological 34", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("catalog", "--edition", "2013", "--attributes")]
    [InlineData("catalog", "--with", "Secrecy")]
    [InlineData("catalog", "--theme", "Spiritual")]
    [InlineData("catalog", "--edition", "2019")]
    [InlineData("catalog", "--mapping", "--attributes")]
    public void Bad_usage_exits_2_with_one_line(params string[] args)
    {
        var result = CliRunner.InProcess(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Transition_reads_applicable_2013_ids_and_classifies_every_2022_control()
    {
        var file = Path.GetTempFileName();
        try
        {
            // Everything applicable except A.14 (no development); ids written the ways spreadsheets write them.
            var ids = CliRunner.InProcess("catalog", "--edition", "2013", "--format", "tsv").OutLines.Skip(1)
                .Select(line => line.Split('\t')[0])
                .Where(id => !id.StartsWith("A.14.", StringComparison.Ordinal))
                .Select((id, i) => i % 2 == 0 ? id : " " + id[2..]);
            File.WriteAllLines(file, ["id_2013", .. ids, "# a comment", ""]);

            var result = CliRunner.InProcess("catalog", "--transition", file, "--format", "tsv");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("id_2022\tstatus\tfrom_2013", result.OutLines[0]);
            Assert.Equal(94, result.OutLines.Length);
            var status = result.OutLines.Skip(1).Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f[1]);
            Assert.Equal(76, status.Values.Count(v => v == "applicable"));
            Assert.Equal(6, status.Values.Count(v => v == "previously_not_applicable"));
            Assert.Equal(11, status.Values.Count(v => v == "new"));
            Assert.Equal("previously_not_applicable", status["8.33"]);
            Assert.Contains("8.32\tapplicable\tA.12.1.2", result.OutLines);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Transition_with_an_unknown_2013_id_exits_2_naming_the_line()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["A.5.1.1", "A.19.9.9"]);

            var result = CliRunner.InProcess("catalog", "--transition", file, "--format", "json");

            Assert.Equal(2, result.ExitCode);
            var line = Assert.Single(result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
            Assert.StartsWith($"isms: {file}: ISMS-DOC-030 line 2, column 1", line, StringComparison.Ordinal);
            Assert.Contains("A.19.9.9", line, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Transition_files_with_invalid_utf8_or_line_separators_are_one_coded_line_with_exit_2()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, [.. "A.5.1.1\n"u8, 0xFF, .. "A.5.1.2\n"u8]);
            var invalid = CliRunner.InProcess("catalog", "--transition", file);
            File.WriteAllText(file, "A.5.1.1\u2028A.19.9.9\n");
            var separator = CliRunner.InProcess("catalog", "--transition", file);

            Assert.Equal((2, string.Empty), (invalid.ExitCode, invalid.Out));
            Assert.StartsWith($"isms: {file}: ISMS-DOC-002 line 2", Assert.Single(invalid.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
            Assert.Equal(2, separator.ExitCode);
            Assert.StartsWith($"isms: {file}: ISMS-DOC-030 line 1", Assert.Single(separator.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Transition_json_parses_and_counts_the_three_lists()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["A.12.6.1", "A.18.2.3"]);

            var result = CliRunner.InProcess("catalog", "--transition", file, "--format", "json");

            using var document = JsonDocument.Parse(result.Out);
            var counts = document.RootElement.GetProperty("transition");
            Assert.Equal(2, counts.GetProperty("applicable").GetInt32());
            Assert.Equal(80, counts.GetProperty("previouslyNotApplicable").GetInt32());
            Assert.Equal(11, counts.GetProperty("new").GetInt32());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
