using System.Text.Json;
using Isms.Oscal.Tests.Support;

namespace Isms.Cli.Tests;

/// <summary><c>isms crosswalk</c>: coverage of NIST CSF 2.0 (shipped) or a user's OSCAL mapping, one row per target control.</summary>
public sealed class CrosswalkVerbTests
{
    [Fact]
    public void Tsv_has_the_contract_header_and_one_row_per_CSF_2_subcategory()
    {
        var result = CliRunner.InProcess("crosswalk", "--to", "csf-2.0", "--format", "tsv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("target_id\ttarget_title\tstatus\tiso_controls\trelationships", result.OutLines[0]);
        var rows = result.OutLines.Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.Equal(106, rows.Count);
        Assert.All(rows, r => Assert.Equal(5, r.Length));
        Assert.All(rows, r => Assert.Contains(r[2], new[] { "covered", "partial", "not-covered", "not-applicable" }));
        Assert.All(rows, r => Assert.Equal(r[3], string.Join(';', r[4].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(':')[0]))));
        Assert.Contains(rows, r => r[2] == "covered");
        Assert.All(rows.Where(r => r[2] == "covered"), r => Assert.Matches(":(equal|superset)(;|$)", r[4]));
    }

    [Fact]
    public void Sp800_53r5_has_one_row_per_base_control_with_titles_from_NIST_s_low_baseline_catalog()
    {
        var low = OscalData.Path("NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog-min.json");

        var result = CliRunner.InProcess("crosswalk", "--to", "sp800-53r5", "--catalog", low, "--format", "tsv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("target_id\ttarget_title\tstatus\tiso_controls\trelationships", result.OutLines[0]);
        var rows = result.OutLines.Skip(1).Select(l => l.Split('\t')).ToDictionary(r => r[0]);
        Assert.Equal(299, rows.Count);
        Assert.Equal("Account Management", rows["ac-2"][1]);
        Assert.Equal("", rows["ac-5"][1]); // not in the low baseline: no title
        Assert.Equal("5.3:equal", rows["ac-5"][4]);
        Assert.Equal("5.16;5.18;8.2", rows["ac-2"][3]);
        Assert.Equal(131, rows.Values.Count(r => r[1].Length > 0));
    }

    [Fact]
    public void A_mapping_file_and_json_output_carry_the_provenance()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("mapping.json"), """
            {"mapping-collection": {"uuid": "8e1b3f1a-2c4d-4e5f-9a0b-1c2d3e4f5a6b",
              "metadata": {"title": "Mine", "last-modified": "2025-01-01T00:00:00Z", "version": "1", "oscal-version": "1.0.3"},
              "mappings": [{"uuid": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                "source-resource": {"type": "catalog", "href": "iso.json"}, "target-resource": {"type": "catalog", "href": "mine.json"},
                "maps": [{"uuid": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "relationship": {"type": "equal-to"},
                  "sources": [{"type": "control", "id-ref": "5.1"}], "targets": [{"type": "control", "id-ref": "M-1"}]}]}]}}
            """);

        var result = CliRunner.InProcess("crosswalk", "--to", folder.File("mapping.json"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Contains("Mine", json.RootElement.GetProperty("crosswalk").GetProperty("provenance").GetString(), StringComparison.Ordinal);
        var target = json.RootElement.GetProperty("targets")[0];
        Assert.Equal("M-1", target.GetProperty("id").GetString());
        Assert.Equal("equal", target.GetProperty("support")[0].GetProperty("relationship").GetString());
    }

    [Fact]
    public void A_mapping_csv_loads_and_a_bad_one_is_bad_usage_with_its_code_and_line()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("mapping.csv"), "source_id,target_id,relationship,rationale,strength\n5.1,M-1,superset,Policy set,7\n5.2,M-2,intersects,Roles only,\n");
        File.WriteAllText(folder.File("bad.csv"), "source_id,target_id,relationship,rationale\n5.1,M-1,maps-to,why\n");

        var result = CliRunner.InProcess("crosswalk", "--to", folder.File("mapping.csv"), "--format", "tsv");
        var bad = CliRunner.InProcess("crosswalk", "--to", folder.File("bad.csv"), "--format", "tsv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["M-1", "M-2"], result.OutLines.Skip(1).Select(l => l.Split('\t')[0]));
        Assert.Equal("5.1:superset", result.OutLines[1].Split('\t')[4]);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("ISMS-DOC-024", bad.Error, StringComparison.Ordinal);
        Assert.Contains("line 2", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_target_is_bad_usage()
    {
        var result = CliRunner.InProcess("crosswalk", "--to", "sp800-171r3");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("csf-2.0, sp800-53r5", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_shows_the_CSF_2_coverage_summary()
    {
        var result = CliRunner.InProcess();

        Assert.Contains("NIST CSF 2.0 coverage", result.Out, StringComparison.Ordinal);
        Assert.Contains("(of 106)", result.Out, StringComparison.Ordinal);
    }
}
