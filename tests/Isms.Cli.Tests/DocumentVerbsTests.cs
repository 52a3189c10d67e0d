namespace Isms.Cli.Tests;

public sealed class DocumentVerbsTests
{
    [Fact]
    public void Init_writes_a_document_that_validate_accepts_and_refuses_to_overwrite_without_force()
    {
        var folder = Directory.CreateTempSubdirectory("isms-cli-").FullName;
        try
        {
            var file = Path.Combine(folder, "start.json");
            Assert.Equal(0, CliRunner.InProcess("init", file).ExitCode);
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
