using Isms.Certification.Lifecycle;
using Isms.Cli.Commands;
using Isms.Serialization;
using NodaTime;

namespace Isms.Cli.Tests;

/// <summary><c>isms certification FILE</c>, <c>isms validate</c> and <c>isms init --kind certification-record</c>.</summary>
public sealed class CertificationFileTests
{
    [Fact]
    public void Init_writes_the_sample_record_as_it_stands_today_and_certification_shows_it()
    {
        using var folder = new TempFolder();
        var file = folder.File("record.json");

        var init = CliRunner.InProcess("init", file, "--kind", "certification-record");
        var shown = CliRunner.InProcess("certification", file);

        Assert.Equal(0, init.ExitCode);
        Assert.Contains("certification-record, schemaVersion 1", init.Out, StringComparison.Ordinal);
        Assert.Equal(0, shown.ExitCode);
        Assert.Equal(string.Empty, shown.Error);
        Assert.Contains("2024-02-29  certification granted", shown.Out, StringComparison.Ordinal);
        Assert.Contains("2026-02-11  surveillance: 1 major", shown.Out, StringComparison.Ordinal);
        Assert.Contains("State: Active (last event 2026-03-20)", shown.Out, StringComparison.Ordinal);
        Assert.Contains("Certificate ECL-ISMS-2024-0042 (Example Certification Ltd),", shown.Out, StringComparison.Ordinal);
        Assert.Contains("2026-12-30  Due       recertification audit (CB policy)", shown.Out, StringComparison.Ordinal);
        Assert.Contains("CompleteRecertificationAudit", shown.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("recertification granted", shown.Out, StringComparison.Ordinal); // a step after today
        Assert.All(shown.OutLines, line => Assert.True(line.Length <= 80, line));
    }

    [Fact]
    public void The_file_shows_the_same_steps_and_certificate_as_the_walk_up_to_its_last_event()
    {
        using var folder = new TempFolder();
        var file = folder.File("record.json");
        File.WriteAllBytes(file, IsmsDocumentSerializer.Default.Serialize(CertificationVerb.SampleRecord(new LocalDate(2030, 1, 1))));

        var walk = CliRunner.InProcess("certification");
        var shown = CliRunner.InProcess("certification", file);

        Assert.Equal(0, shown.ExitCode);
        foreach (var row in new[] { "2024-02-07  Stage 1: ready, 1 gap", "2024-02-23  Stage 2: 1 major, 1 minor", "2024-02-29  certification granted", "2027-01-15  recertification granted" })
        {
            Assert.Contains(row, walk.Out, StringComparison.Ordinal);
            Assert.Contains(row, shown.Out, StringComparison.Ordinal);
        }

        var certificate = walk.OutLines.SkipWhile(l => !l.StartsWith("Certificate ", StringComparison.Ordinal)).Take(2).ToList();
        Assert.Equal(2, certificate.Count);
        Assert.Contains(certificate[0], shown.Out, StringComparison.Ordinal);
        Assert.Contains(certificate[1].TrimEnd(), shown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_accepts_a_record_with_no_overdue_deadline_with_exit_0()
    {
        using var folder = new TempFolder();
        var file = folder.File("record.json");
        Assert.Equal(0, CliRunner.InProcess("init", file, "--kind", "certification-record").ExitCode);

        var result = CliRunner.InProcess("validate", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("valid certification-record document, schemaVersion 1", result.Out, StringComparison.Ordinal);
        Assert.Contains("certification record of Northwind Software Ltd: Active", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_exits_1_listing_each_deadline_overdue_as_of_the_clock()
    {
        // The record stops after the first surveillance (2025-02-12): by 2026-11-28 the second is long overdue. The CB's
        // anniversary timing set its date (2026-02-28), earlier than the standard's calendar year (2026-12-31).
        using var folder = new TempFolder();
        var file = folder.File("late.json");
        File.WriteAllBytes(file, IsmsDocumentSerializer.Default.Serialize(CertificationVerb.SampleRecord(new LocalDate(2025, 3, 1))));

        var table = CliRunner.InProcess("validate", file);
        var json = CliRunner.InProcess("validate", file, "--format", "json");

        Assert.Equal(1, table.ExitCode);
        Assert.Contains("overdue deadlines as of 2026-11-28", table.Out, StringComparison.Ordinal);
        Assert.Contains("CERT-OVERDUE Surveillance: surveillance audit was due 2026-02-28 (CB policy); the clock fires SurveillanceMissed", table.Out, StringComparison.Ordinal);
        Assert.Equal(1, json.ExitCode);
        using var parsed = System.Text.Json.JsonDocument.Parse(json.Out);
        Assert.Equal("Surveillance", parsed.RootElement.GetProperty("findings")[0].GetProperty("reference").GetString());
    }

    [Fact]
    public void A_tampered_record_is_refused_with_exit_2_and_one_line_naming_the_path()
    {
        using var folder = new TempFolder();
        var file = folder.File("record.json");
        Assert.Equal(0, CliRunner.InProcess("init", file, "--kind", "certification-record").ExitCode);
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"state\": \"Active\"", "\"state\": \"Withdrawn\"", StringComparison.Ordinal));

        foreach (var verb in new[] { "certification", "validate" })
        {
            var result = CliRunner.InProcess(verb, file);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            var error = Assert.Single(result.Error.TrimEnd().Split('\n'));
            Assert.Contains("ISMS-DOC-051 $.current.state (line ", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Certification_refuses_a_missing_file_or_another_kind_with_exit_2()
    {
        using var folder = new TempFolder();
        var isms = folder.File("isms.json");
        Assert.Equal(0, CliRunner.InProcess("init", isms).ExitCode);

        var missing = CliRunner.InProcess("certification", folder.File("nope.json"));
        var other = CliRunner.InProcess("certification", isms);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such file", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, other.ExitCode);
        Assert.Contains("ISMS-DOC-010", other.Error, StringComparison.Ordinal);
        Assert.Contains("certification-record", other.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_without_kind_still_writes_an_isms_document()
    {
        using var folder = new TempFolder();
        var file = folder.File("org.json");

        Assert.Equal(0, CliRunner.InProcess("init", file).ExitCode);

        Assert.Equal(DocumentKinds.Isms, IsmsDocumentSerializer.Default.Deserialize(File.ReadAllBytes(file)).Kind);
    }

    [Fact]
    public void Schema_prints_the_certification_record_schema()
    {
        var result = CliRunner.InProcess("schema", "--kind", "certification-record");

        Assert.Equal(0, result.ExitCode);
        using var schema = System.Text.Json.JsonDocument.Parse(result.Out);
        var properties = schema.RootElement.GetProperty("properties");
        Assert.Equal("certification-record", properties.GetProperty("kind").GetProperty("const").GetString());
        Assert.True(properties.TryGetProperty("history", out _));
        Assert.True(properties.TryGetProperty("policy", out _));
    }

    [Fact]
    public void The_sample_record_is_written_under_the_sample_policy_and_reads_back_equal()
    {
        var document = CertificationVerb.SampleRecord(new LocalDate(2026, 11, 28));

        var read = IsmsDocumentSerializer.Default.Deserialize<CertificationRecordDocument>(IsmsDocumentSerializer.Default.Serialize(document));

        Assert.Equal(document, read);
        Assert.Equal("Example Certification Ltd", read.Policy.CertificationBodyName);
        Assert.Equal(CertificationState.Active, read.Record.State);
    }
}
