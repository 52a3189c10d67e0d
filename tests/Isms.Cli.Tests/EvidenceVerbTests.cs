using System.Text.Json;
using Ical.Net;
using Isms.Certification.Lifecycle;
using Isms.Cli.Commands;
using Isms.Cli.SampleData;
using Isms.Evidence;
using Isms.Serialization;
using NodaTime;

namespace Isms.Cli.Tests;

/// <summary><c>isms evidence</c>: the coverage contract, the audit date from a certification record, CSV, the calendar.</summary>
public sealed class EvidenceVerbTests
{
    private static readonly LocalDate Today = CliRunner.Now.InUtc().Date;

    [Fact]
    public void Json_has_exactly_the_contract_shape_with_every_control_and_no_audit_without_a_record()
    {
        var result = CliRunner.InProcess("evidence", "--format", "json");

        Assert.Equal((1, string.Empty), (result.ExitCode, result.Error)); // the sample has missing evidence
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["asOf", "nextAudit", "themes", "controls"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-11-28", root.GetProperty("asOf").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("nextAudit").ValueKind);
        Assert.Equal(["Organizational", "People", "Physical", "Technological"], root.GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("theme").GetString()));
        Assert.All(root.GetProperty("themes").EnumerateArray(), t => Assert.Equal(["theme", "current", "expiring", "missing"], t.EnumerateObject().Select(p => p.Name)));
        var controls = root.GetProperty("controls").EnumerateArray().ToList();
        Assert.Equal(93, controls.Count);
        Assert.All(controls, c =>
        {
            Assert.Equal(["id", "status", "evidence"], c.EnumerateObject().Select(p => p.Name));
            Assert.Contains(c.GetProperty("status").GetString(), (string[])["current", "expiring", "missing", "not-applicable"]);
        });

        // The counts per theme are the controls' statuses (not-applicable ones counted nowhere).
        foreach (var theme in root.GetProperty("themes").EnumerateArray())
        {
            var ofTheme = controls.Where(c => SampleOrganisation.Catalog[new Core.Catalogs.ControlId(c.GetProperty("id").GetString()!)].Theme == theme.GetProperty("theme").GetString()).ToList();
            foreach (var status in (string[])["current", "expiring", "missing"])
            {
                Assert.Equal(ofTheme.Count(c => c.GetProperty("status").GetString() == status), theme.GetProperty(status).GetInt32());
            }
        }

        // 8.13: the restore log expired a month ago, so the control is missing though it has evidence.
        var backup = Assert.Single(controls, c => c.GetProperty("id").GetString() == "8.13");
        Assert.Equal("missing", backup.GetProperty("status").GetString());
        var restoreLog = Assert.Single(backup.GetProperty("evidence").EnumerateArray());
        Assert.Equal(("EV-05", true, false), (restoreLog.GetProperty("id").GetString(), restoreLog.GetProperty("accepted").GetBoolean(), restoreLog.GetProperty("current").GetBoolean()));

        // 5.17: the MFA export a collector proposed is listed but does not count; the Okta policy export does.
        var mfa = Assert.Single(controls, c => c.GetProperty("id").GetString() == "5.17").GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal([("EV-01", true), ("EV-02", false)], mfa.Select(e => (e.GetProperty("id").GetString(), e.GetProperty("current").GetBoolean())));
        Assert.Equal("idp-mfa-collector 1.0.0", mfa[1].GetProperty("collectedBy").GetString());
    }

    [Fact]
    public void A_certification_record_gives_the_next_audit_and_evidence_ending_before_it_is_expiring()
    {
        using var folder = new TempFolder();
        var file = folder.File("certification.json");
        var document = CertificationVerb.SampleRecord(Today);
        File.WriteAllBytes(file, IsmsDocumentSerializer.Default.Serialize(document));
        var expected = AuditCalendar.NextAudit(new CertificationLifecycle(new NodaTime.Testing.FakeClock(CliRunner.Now), document.Policy), document.Record, Today.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
        Assert.NotNull(expected);

        var result = CliRunner.InProcess("evidence", "--record", file, "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var audit = json.RootElement.GetProperty("nextAudit");
        Assert.Equal(expected.Kind.ToString(), audit.GetProperty("kind").GetString());
        Assert.Equal(expected.Date.ToString("uuuu-MM-dd", null), audit.GetProperty("date").GetString());
        var statuses = json.RootElement.GetProperty("controls").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("status").GetString());
        var coverage = EvidenceCoverage.Of(SampleOrganisation.Create(Today), Today, new EvidenceOptions { NextAudit = expected });
        Assert.All(coverage.Controls, c => Assert.Equal(Isms.Serialization.Contracts.EvidenceCoverageContract.StatusName(c.Status), statuses[c.Control.Value]));

        // The penetration test report runs out on 2026-12-28: before an audit after that day, 8.29 is expiring.
        Assert.True(expected.Date > new LocalDate(2026, 12, 28), $"the sample's next audit {expected.Date} should be after the report expires");
        Assert.Equal("expiring", statuses["8.29"]);
        var table = CliRunner.InProcess("evidence", "--record", file);
        Assert.Contains($"Next audit: {expected.Description}", table.Out, StringComparison.Ordinal);
        Assert.All(table.OutLines, l => Assert.True(l.Length <= 80, l));
    }

    [Fact]
    public void Csv_has_one_row_per_control_with_its_status_and_evidence()
    {
        var lines = CliRunner.InProcess("evidence", "--format", "csv").OutLines;

        Assert.Equal("id,theme,status,current_until,evidence,current_evidence", lines[0]);
        Assert.Equal(94, lines.Length);
        Assert.Equal("5.17,Organizational,current,2027-10-28,EV-01 EV-02,EV-01", Assert.Single(lines, l => l.StartsWith("5.17,", StringComparison.Ordinal)));
        Assert.Equal("8.30,Technological,not-applicable,,,", Assert.Single(lines, l => l.StartsWith("8.30,", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_ics_calendar_parses_back_with_the_upcoming_tests_expiries_and_measurements()
    {
        var result = CliRunner.InProcess("evidence", "--format", "ics");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        var calendar = Calendar.Load(result.Out)!;
        var events = calendar.Events.ToList();
        Assert.All(events, e => Assert.True(e.DtStart!.Date >= new DateOnly(2026, 11, 28) && e.DtStart.Date <= new DateOnly(2027, 11, 28), e.Summary));
        Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct().Count());

        // CT-01 runs every three months on the 15th from 2025-11-15: the next four are in the year ahead.
        var leaverTests = events.Where(e => e.Summary == "Control test CT-01: Leaver sample").Select(e => e.DtStart!.Date).ToList();
        Assert.Equal([new DateOnly(2027, 2, 15), new DateOnly(2027, 5, 15), new DateOnly(2027, 8, 15), new DateOnly(2027, 11, 15)], leaverTests);
        var first = events.First(e => e.Summary == "Control test CT-01: Leaver sample");
        Assert.False(first.DtStart!.HasTime);
        Assert.Contains("done by 2027-03-01 at the latest", first.Description, StringComparison.Ordinal);

        // The penetration test report's last valid day; the unaccepted MFA export has no expiry entry.
        var expiry = Assert.Single(events, e => e.Summary == "Evidence EV-06 expires: Penetration test report (external)");
        Assert.Equal(new DateOnly(2026, 12, 28), expiry.DtStart!.Date);
        Assert.Contains("Evidence expiry", expiry.Categories);
        Assert.DoesNotContain(events, e => e.Summary!.StartsWith("Evidence EV-02", StringComparison.Ordinal));
        // MON-01 is monthly on the 28th: both ends of the year ahead are included.
        Assert.Equal(13, events.Count(e => e.Summary!.StartsWith("Measure MON-01:", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_record_file_that_is_not_a_certification_record_is_one_line_and_exit_2()
    {
        using var folder = new TempFolder();
        var file = folder.File("isms.json");
        File.WriteAllBytes(file, IsmsDocumentSerializer.Default.Serialize(SampleOrganisation.Create(Today)));

        var wrongKind = CliRunner.InProcess("evidence", "--record", file);
        var missing = CliRunner.InProcess("evidence", "--record", folder.File("none.json"));

        Assert.Equal(2, wrongKind.ExitCode);
        Assert.Single(wrongKind.ErrorLines);
        Assert.Contains("ISMS-DOC-", wrongKind.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Single(missing.ErrorLines);
    }
}
