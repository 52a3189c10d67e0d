using Isms.Cli.SampleData;
using Isms.Core;
using Isms.Serialization;
using NodaTime;

namespace Isms.Cli.Tests;

public sealed class DocumentVerbsTests
{
    [Fact]
    public void The_sample_organisation_reads_back_equal_and_writes_the_same_bytes_again()
    {
        var isms = SampleOrganisation.Create(new LocalDate(2026, 11, 28));
        var json = IsmsDocumentSerializer.Default.Serialize(isms);
        var read = IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(json);

        Assert.Equal(json, IsmsDocumentSerializer.Default.Serialize(read));
        Assert.True(isms.With(b => b.RiskCriteria = read.RiskCriteria).Equals(read));
        Assert.Equal(isms.Risks.Count(r => r.QuantitativeModel is not null), read.Risks.Count(r => r.QuantitativeModel is not null));
        Assert.Equal(isms.StatementOfApplicability!.Catalog.Id, read.StatementOfApplicability!.Catalog.Id);
    }

    [Fact]
    public void Init_writes_the_sample_organisation_and_validate_exits_1_on_its_blocking_readiness_finding()
    {
        var folder = Directory.CreateTempSubdirectory("isms-cli-").FullName;
        try
        {
            var file = Path.Combine(folder, "my-isms.json");
            Assert.Equal(0, CliRunner.InProcess("init", file).ExitCode);
            var validate = CliRunner.InProcess("validate", file);
            Assert.Equal(1, validate.ExitCode);
            Assert.Contains("valid isms document", validate.Out, StringComparison.Ordinal);
            Assert.Contains("RDY-", validate.Out, StringComparison.Ordinal);

            var json = CliRunner.InProcess("validate", file, "--format", "json");
            Assert.Equal(1, json.ExitCode);
            using var parsed = System.Text.Json.JsonDocument.Parse(json.Out);
            Assert.NotEqual(0, parsed.RootElement.GetProperty("findings").GetArrayLength());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("readiness")]
    [InlineData("soa")]
    [InlineData("risks")]
    [InlineData("heatmap")]
    public void A_verb_on_the_written_sample_file_prints_what_it_prints_for_the_built_in_sample(string verb)
    {
        var folder = Directory.CreateTempSubdirectory("isms-cli-").FullName;
        try
        {
            var file = Path.Combine(folder, "my-isms.json");
            Assert.Equal(0, CliRunner.InProcess("init", file).ExitCode);
            var fromSample = CliRunner.InProcess(verb);
            var fromFile = CliRunner.InProcess(verb, file);

            Assert.Equal(fromSample.ExitCode, fromFile.ExitCode);
            Assert.Equal(fromSample.Out, fromFile.Out);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_verb_given_a_document_of_another_kind_exits_2_naming_the_kind_it_needs()
    {
        var folder = Directory.CreateTempSubdirectory("isms-cli-").FullName;
        try
        {
            var file = Path.Combine(folder, "method.json");
            Assert.Equal(0, CliRunner.InProcess("init", file, "--kind", "risk-methodology").ExitCode);
            var result = CliRunner.InProcess("risks", file);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("'isms'", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Init_writes_a_document_that_validate_accepts_and_refuses_to_overwrite_without_force()
    {
        var folder = Directory.CreateTempSubdirectory("isms-cli-").FullName;
        try
        {
            var file = Path.Combine(folder, "start.json");
            Assert.Equal(0, CliRunner.InProcess("init", file, "--kind", "control-catalog").ExitCode);
            var validate = CliRunner.InProcess("validate", file);
            Assert.Equal(0, validate.ExitCode);
            Assert.Contains("valid control-catalog document", validate.Out, StringComparison.Ordinal);

            var again = CliRunner.InProcess("init", file);
            Assert.Equal(2, again.ExitCode);
            Assert.Contains("--force", again.Error, StringComparison.Ordinal);
            Assert.Equal(0, CliRunner.InProcess("init", file, "--force").ExitCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Validate_reports_a_malformed_document_in_one_line_with_path_and_line_and_exit_2()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("isms-cli-").FullName, "bad.json");
        File.WriteAllText(file, "{\n  \"schemaVersion\": 2,\n  \"kind\": \"control-catalog\",\n  \"id\": \"c\",\n  \"name\": \"n\",\n  \"source\": \"s\",\n  \"controls\": [ { \"id\": \"5.1\", \"theme\": \"t\", \"titel\": \"x\" } ]\n}");
        var result = CliRunner.InProcess("validate", file);
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("ISMS-DOC-020 $.controls[0].titel (line 7", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_prints_every_rule_a_document_breaks_one_line_each_with_path_and_line_and_exits_2()
    {
        var folder = Directory.CreateTempSubdirectory("isms-cli-").FullName;
        try
        {
            var file = Path.Combine(folder, "broken.json");
            Assert.Equal(0, CliRunner.InProcess("init", file).ExitCode);
            var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!;
            root["assets"]![0]!["owner"] = "ghost-one";
            root["risks"]![2]!["owner"] = "ghost-two";
            File.WriteAllText(file, root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

            var result = CliRunner.InProcess("validate", file);

            Assert.Equal(2, result.ExitCode);
            Assert.Empty(result.Out);
            var lines = result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
            Assert.Collection(
                lines,
                l => Assert.StartsWith($"isms: {file}: ISMS-DOC-030 $.assets[0].owner (line ", l, StringComparison.Ordinal),
                l => Assert.StartsWith($"isms: {file}: ISMS-DOC-030 $.risks[2].owner (line ", l, StringComparison.Ordinal));
            Assert.Contains("ghost-two", lines[1], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Validate_of_a_missing_file_exits_2_with_one_line()
    {
        var result = CliRunner.InProcess("validate", Path.Combine(Path.GetTempPath(), "no-such-isms-file.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_prints_the_schema_of_the_kind_asked_for()
    {
        var result = CliRunner.InProcess("schema", "--kind", "risk-methodology");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"const\": \"risk-methodology\"", result.Out, StringComparison.Ordinal);
    }
}
