using System.Text;
using Isms.Core;

namespace Isms.Serialization.Tests;

/// <summary>
/// The evidence and monitoring registers of an <c>isms</c> document: a broken value or reference is reported at the
/// JSON path of the member the user wrote, with the document codes.
/// </summary>
public sealed class EvidenceDocumentTests
{
    private static string Golden => Encoding.UTF8.GetString(IsmsDocumentSerializer.Default.Serialize(IsmsDocumentTests.Sample()));

    private static IsmsDocumentException Refused(string find, string replace)
    {
        var text = Golden;
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not in the sample");
        var broken = string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
        return Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(Encoding.UTF8.GetBytes(broken)));
    }

    [Fact]
    public void An_acceptance_by_an_unknown_person_is_a_dangling_reference_at_its_member()
    {
        var error = Refused("\"acceptedBy\": \"auditor\"", "\"acceptedBy\": \"nobody\"");
        Assert.Equal((DocumentErrorCodes.DanglingReference, "$.evidence[0].acceptance.acceptedBy"), (error.Code, error.Path));
    }

    [Fact]
    public void A_control_test_result_naming_unknown_evidence_is_a_dangling_reference_at_that_item()
    {
        var error = Refused("\"EV-SER-1\"\n          ]", "\"EV-404\"\n          ]");
        Assert.Equal((DocumentErrorCodes.DanglingReference, "$.controlTests[0].results[0].evidence[0]"), (error.Code, error.Path));
    }

    [Fact]
    public void A_relative_artefact_location_is_an_invalid_value_naming_the_form_expected()
    {
        var error = Refused("\"https://evidence.example.com/reviews/2026-q3.pdf\"", "\"reviews/2026-q3.pdf\"");
        Assert.Equal((DocumentErrorCodes.InvalidValue, "$.evidence[0].artefact.location"), (error.Code, error.Path));
        Assert.Contains("absolute URI", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_digest_is_an_invalid_value_at_the_digest()
    {
        var error = Refused("\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"", "\"9f86d0\"");
        Assert.Equal((DocumentErrorCodes.InvalidValue, "$.evidence[0].artefact.sha256"), (error.Code, error.Path));
    }

    [Fact]
    public void A_collector_that_is_both_a_person_and_a_tool_is_refused()
    {
        var error = Refused("\"collectedBy\": {\n        \"person\": \"ciso\"", "\"collectedBy\": {\n        \"person\": \"ciso\", \"tool\": \"x\", \"toolVersion\": \"1\"");
        Assert.Equal((DocumentErrorCodes.InvalidValue, "$.evidence[0].collectedBy"), (error.Code, error.Path));
    }

    [Fact]
    public void A_tool_without_its_version_is_a_missing_member()
    {
        var error = Refused("\"toolVersion\": \"1.0.0\"", "\"toolVersionX\": null");
        Assert.Equal(DocumentErrorCodes.UnknownMember, error.Code);
        var missing = Refused(",\n        \"toolVersion\": \"1.0.0\"", string.Empty);
        Assert.Equal((DocumentErrorCodes.MissingMember, "$.evidence[1].collectedBy"), (missing.Code, missing.Path));
    }

    [Fact]
    public void A_malformed_recurrence_rule_and_an_unknown_zone_are_invalid_values_at_the_schedule()
    {
        var rule = Refused("\"rule\": \"FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15\"", "\"rule\": \"FREQ=QUARTERLY\"");
        Assert.Equal((DocumentErrorCodes.InvalidValue, "$.controlTests[0].schedule.rule"), (rule.Code, rule.Path));
        var zone = Refused("\"timeZone\": \"Europe/Berlin\"", "\"timeZone\": \"CET+1\"");
        Assert.Equal((DocumentErrorCodes.InvalidValue, "$.controlTests[0].schedule.timeZone"), (zone.Code, zone.Path));
    }

    [Fact]
    public void A_schedule_start_that_is_not_a_local_date_and_time_is_refused_at_its_path()
    {
        var error = Refused("\"start\": \"2026-01-15T09:30:00\"", "\"start\": \"2026-01-15T09:30:00Z\"");
        Assert.Equal("$.controlTests[0].schedule.start", error.Path);
    }
}
