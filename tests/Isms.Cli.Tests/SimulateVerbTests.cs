using System.Text.Json;

namespace Isms.Cli.Tests;

/// <summary><c>isms simulate</c>: the documented JSON shape, reproducible output, exit codes.</summary>
public sealed class SimulateVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("isms-simulate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Csv => Write("s.csv", "A,Alice steals the data,0.1,100000,1000000\nB,Bob loses a laptop,0.5,1000,50000\n");

    [Fact]
    public void Json_output_has_scenarios_and_a_portfolio_with_its_exceedance_curve()
    {
        var result = CliRunner.InProcess("simulate", Csv, "--iterations", "20000", "--seed", "1", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var scenarios = json.RootElement.GetProperty("scenarios");
        Assert.Equal(2, scenarios.GetArrayLength());
        foreach (var key in new[] { "id", "name", "mean", "p10", "p50", "p90", "p95", "p99" })
        {
            Assert.True(scenarios[0].TryGetProperty(key, out _), key);
        }

        var portfolio = json.RootElement.GetProperty("portfolio");
        Assert.True(portfolio.GetProperty("p99").GetDouble() >= portfolio.GetProperty("p90").GetDouble());
        var lec = portfolio.GetProperty("lec").EnumerateArray().Select(p => (Loss: p.GetProperty("loss").GetDouble(), P: p.GetProperty("probability").GetDouble())).ToList();
        Assert.True(lec.Count > 10);
        Assert.True(lec.Zip(lec.Skip(1)).All(p => p.First.Loss <= p.Second.Loss && p.First.P >= p.Second.P));
        Assert.Equal("A", scenarios[0].GetProperty("id").GetString());
    }

    [Fact]
    public void The_same_seed_gives_byte_identical_json()
    {
        var a = CliRunner.InProcess("simulate", Csv, "--iterations", "20000", "--seed", "9", "--format", "json");
        var b = CliRunner.InProcess("simulate", Csv, "--iterations", "20000", "--seed", "9", "--format", "json");
        var c = CliRunner.InProcess("simulate", Csv, "--iterations", "20000", "--seed", "10", "--format", "json");

        Assert.Equal(a.Out, b.Out);
        Assert.NotEqual(a.Out, c.Out);
        Assert.DoesNotContain('\r', a.Out);
    }

    [Fact]
    public void Without_a_file_the_sample_organisation_is_simulated_as_a_table()
    {
        var result = CliRunner.InProcess("simulate", "--iterations", "5000", "--seed", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Portfolio", result.Out, StringComparison.Ordinal);
        Assert.Contains("R-01", result.Out, StringComparison.Ordinal);
        Assert.Contains("seed 3", result.Out, StringComparison.Ordinal);
        Assert.All(result.OutLines, line => Assert.True(line.Length <= 80, line));
    }

    [Fact]
    public void A_json_scenario_file_with_fair_node_names_is_simulated_in_expected_mode()
    {
        var file = Write("s.json", """{"scenarios": [{"id": "R-1", "name": "Ransomware", "Threat Event Frequency": {"low": 0.5, "mode": 1, "high": 4}, "Vulnerability": {"low": 0.1, "mode": 0.2, "high": 0.5}, "Loss Magnitude": {"low": 100000, "high": 2000000}}]}""");

        var result = CliRunner.InProcess("simulate", file, "--iterations", "10000", "--seed", "2", "--mode", "expected", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("expected", json.RootElement.GetProperty("mode").GetString());
        Assert.True(json.RootElement.GetProperty("portfolio").GetProperty("mean").GetDouble() > 0);
    }

    [Fact]
    public void An_invalid_model_exits_1_with_one_line_naming_the_scenario_and_code()
    {
        var file = Write("bad.csv", "A,Alice,0.1,1000000,100\n");

        var result = CliRunner.InProcess("simulate", file, "--iterations", "1000");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"isms: {file}: ISMS-DOC-024 line 1", line, StringComparison.Ordinal);
        Assert.Contains("'A'", line, StringComparison.Ordinal);
        Assert.Contains("ISMS-FAIR-002", line, StringComparison.Ordinal);
    }

    /// <summary>Issue 13's reproducers through the host: each a one-line coded error with its place, exit 2, nothing on stdout.</summary>
    [Theory]
    [InlineData("bad.csv", new byte[] { (byte)'A', (byte)',', 0xFF, (byte)'x', (byte)',', (byte)'1', (byte)',', (byte)'1', (byte)',', (byte)'9' }, "ISMS-DOC-002 line 1")]
    [InlineData("bad.csv", new byte[] { (byte)'A', (byte)',', (byte)'x', (byte)',', (byte)'1', 0xE2, 0x80, 0xA8, (byte)'2', (byte)',', (byte)'1', (byte)',', (byte)'9' }, "ISMS-DOC-024 line 1, column Probability")]
    [InlineData("bad.csv", new byte[] { (byte)'A', (byte)',', (byte)'x', (byte)',', (byte)'1', 0xC2, 0x85, (byte)'2', (byte)',', (byte)'1', (byte)',', (byte)'9' }, "ISMS-DOC-024 line 1, column Probability")]
    public void A_hostile_scenario_csv_is_one_coded_line_with_exit_2(string name, byte[] content, string located)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);

        var result = CliRunner.InProcess("simulate", path, "--iterations", "1000");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        var line = Assert.Single(result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"isms: {path}: {located}", line, StringComparison.Ordinal);
        Assert.DoesNotContain(line, c => c is '\u2028' or '\u0085');
    }

    [Theory]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1, "LM": 1}], "controls": [{"id": "C", "scenarios": ["A "], "reduces": {"LEF": 0.5}}]}""", "ISMS-DOC-024 $.controls[0].scenarios[0] (line 1")]
    [InlineData("""{"scenarios": [{"id": "A\ud800", "LEF": 1, "LM": 1}]}""", "ISMS-DOC-024 $.scenarios[0].id (line 1")]
    [InlineData("""{"scenarios": [{"id": "A", "\udc00": 1, "LM": 1}]}""", "ISMS-DOC-024 $.scenarios[0]")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": {"distribution": "pe\u2028rt", "low": 1, "mode": 2, "high": 3}, "LM": 1}]}""", "ISMS-DOC-024 $.scenarios[0].LEF.distribution (line 1")]
    public void A_hostile_scenario_json_is_one_coded_line_with_exit_2(string json, string located)
    {
        var path = Write("bad.json", json);

        var result = CliRunner.InProcess("simulate", path, "--iterations", "1000");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        var line = Assert.Single(result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"isms: {path}: {located}", line, StringComparison.Ordinal);
    }

    /// <summary>Issue 13's reproducers, through the real program: refused before the run, one coded line, exit 1, nothing on stdout.</summary>
    [Theory]
    [InlineData("A,Floods,1e10,1000,10000\n", "annual", "ISMS-FAIR-013", "Loss Event Frequency: up to 1E+10 loss events a year is above the limit of 1,000,000 a year")]
    [InlineData("A,Floods,1e300,1000,10000\n", "annual", "ISMS-FAIR-013", "Loss Event Frequency: up to 1E+300 loss events a year")]
    [InlineData("A,Floods,1e6,1000,10000\n", "annual", "ISMS-FAIR-013", "above the limit of 1,000,000,000 a run")]
    [InlineData("A,Meteor,0.5,1000,1e300\n", "annual", "ISMS-FAIR-014", "Loss Magnitude: a mean loss per event of Infinity is above the limit of 1E+15")]
    [InlineData("A,Meteor,0.5,1000,1e300\n", "expected", "ISMS-FAIR-014", "Loss Magnitude")]
    public void Input_beyond_the_engines_limits_is_refused_with_exit_1(string csv, string mode, string code, string why)
    {
        var file = Write("limits.csv", csv);

        foreach (var format in new[] { "table", "json" })
        {
            var result = CliRunner.Process("simulate", file, "--iterations", "1001", "--seed", "1", "--mode", mode, "--format", format);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            var line = Assert.Single(result.ErrorLines);
            Assert.StartsWith("isms: Scenario 'A', ", line, StringComparison.Ordinal);
            Assert.Contains(why, line, StringComparison.Ordinal);
            Assert.EndsWith($"[{code}]", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_seed_a_run_prints_is_a_string_in_json_and_reproduces_the_run()
    {
        var first = CliRunner.Process("simulate", Csv, "--iterations", "5000", "--format", "json");
        using var json = JsonDocument.Parse(first.Out);
        var seed = json.RootElement.GetProperty("seed").GetString()!;
        var again = CliRunner.Process("simulate", Csv, "--iterations", "5000", "--format", "json", "--seed", seed);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, again.Out);
        Assert.Matches("^[0-9]{1,20}$", seed);
    }

    [Fact]
    public void The_seed_a_table_prints_reproduces_the_run_up_to_two_to_the_64_minus_1()
    {
        var first = CliRunner.Process("simulate", Csv, "--iterations", "5000");
        var seed = System.Text.RegularExpressions.Regex.Match(first.Out, "seed ([0-9]+)").Groups[1].Value;
        var again = CliRunner.Process("simulate", Csv, "--iterations", "5000", "--seed", seed);
        var largest = CliRunner.InProcess("simulate", Csv, "--iterations", "1000", "--seed", "18446744073709551615", "--format", "json");

        Assert.Equal(first.Out, again.Out);
        Assert.Equal(0, largest.ExitCode);
        using var json = JsonDocument.Parse(largest.Out);
        Assert.Equal("18446744073709551615", json.RootElement.GetProperty("seed").GetString());
    }

    [Theory]
    [InlineData("--iterations", "0")]
    [InlineData("--iterations", "many")]
    [InlineData("--mode", "monthly")]
    [InlineData("--seed", "-4")]
    [InlineData("--seed", "18446744073709551616")]
    public void Bad_options_exit_2(string option, string value)
    {
        var result = CliRunner.InProcess("simulate", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Malformed_or_missing_files_exit_2()
    {
        Assert.Equal(2, CliRunner.InProcess("simulate", Write("x.json", "{\"scenarios\": [")).ExitCode);
        Assert.Equal(2, CliRunner.InProcess("simulate", Path.Combine(_folder, "missing.csv")).ExitCode);
        Assert.Equal(2, CliRunner.InProcess("simulate", Write("x.txt", "A,B,1,2,3")).ExitCode);
    }

    [Fact]
    public void The_demo_shows_the_quantified_risks_before_and_after_controls()
    {
        var result = CliRunner.InProcess();

        Assert.Contains("Quantified risk", result.Out, StringComparison.Ordinal);
        Assert.Contains("ROSI", result.Out, StringComparison.Ordinal);
    }
}
