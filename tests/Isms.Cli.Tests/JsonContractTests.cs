using System.Text.Json;
using Isms.Serialization.Contracts;

namespace Isms.Cli.Tests;

/// <summary><c>isms ... --format json</c> prints the shared HTTP contracts: what a web host returns, in the same shape.</summary>
public sealed class JsonContractTests
{
    private static readonly JsonSerializerOptions Indented = new(IsmsJson.WebOptions) { WriteIndented = true };

    [Fact]
    public void Readiness_json_is_the_readiness_contract()
    {
        var result = CliRunner.InProcess("readiness", "--format", "json");

        var contract = JsonSerializer.Deserialize(result.Out, IsmsJson.TypeInfo<ReadinessReportContract>())!;

        Assert.Equal("2026-11-28", contract.AsOf.ToString("uuuu-MM-dd", null));
        Assert.NotEmpty(contract.Findings);
        Assert.NotEmpty(contract.Risks);
        Assert.Equal(Reserialised(contract), result.Out.Trim());
        Assert.DoesNotContain("{}", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Risks_json_is_the_scored_register_contract()
    {
        var result = CliRunner.InProcess("risks", "--format", "json");

        var contract = JsonSerializer.Deserialize(result.Out, IsmsJson.TypeInfo<ScoredRegisterContract>())!;

        Assert.NotEmpty(contract.Risks);
        Assert.All(contract.Risks.Where(r => r.Status != ScoredRiskContract.NotScored), r => Assert.NotNull(r.Residual));
        Assert.Equal(Reserialised(contract), result.Out.Trim());
        Assert.DoesNotContain("{}", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_json_is_the_simulation_summary_contract()
    {
        var result = CliRunner.InProcess("simulate", "--iterations", "2000", "--seed", "18446744073709551615", "--format", "json");

        var contract = JsonSerializer.Deserialize(result.Out, IsmsJson.TypeInfo<SimulationSummaryContract>())!;

        Assert.Equal("18446744073709551615", contract.Seed);
        Assert.NotEmpty(contract.Scenarios);
        Assert.NotEmpty(contract.Portfolio.Lec);
        Assert.Equal(Reserialised(contract), result.Out.Trim());
    }

    [Fact]
    public void Soa_json_is_one_soa_row_contract_per_control_agreeing_with_the_csv()
    {
        var json = CliRunner.InProcess("soa", "--format", "json");
        var csv = CliRunner.InProcess("soa", "--format", "csv");

        var rows = JsonSerializer.Deserialize(json.Out, IsmsJson.TypeInfo<System.Collections.Immutable.ImmutableArray<SoaRowContract>>());

        var csvIds = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[0]).ToList();
        Assert.Equal(93, rows.Length);
        Assert.Equal(csvIds, rows.Select(r => r.Id));
        Assert.Contains(rows, r => r.Applicable == "no" && r.ExclusionJustification.Length > 0);
        Assert.All(rows, r => Assert.NotEmpty(r.Theme));
        Assert.Equal(Reserialised(rows), json.Out.Trim());
    }

    [Fact]
    public void Heatmap_json_is_a_heat_map_contract_per_stage_counting_every_scored_risk()
    {
        var result = CliRunner.InProcess("heatmap", "--stage", "all", "--format", "json");
        var register = JsonSerializer.Deserialize(CliRunner.InProcess("risks", "--format", "json").Out, IsmsJson.TypeInfo<ScoredRegisterContract>())!;

        var maps = JsonSerializer.Deserialize(result.Out, IsmsJson.TypeInfo<System.Collections.Immutable.ImmutableArray<HeatMapContract>>());

        Assert.Equal(["Inherent", "Current", "Residual"], maps.Select(m => m.Stage.ToString()));
        var scored = register.Risks.Count(r => r.Status != ScoredRiskContract.NotScored);
        Assert.All(maps, m =>
        {
            Assert.Equal(scored, m.Total);
            Assert.Equal(m.Total, m.Cells.Sum(c => c.Count));
            Assert.Equal(m.Likelihood.Length * m.Consequence.Length, m.Cells.Length);
        });
        Assert.Equal(Reserialised(maps), result.Out.Trim());
    }

    private static string Reserialised<T>(T contract) =>
        JsonSerializer.Serialize(contract, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)Indented.GetTypeInfo(typeof(T))).ReplaceLineEndings("\n");
}
