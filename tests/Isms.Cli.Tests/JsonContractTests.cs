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

    private static string Reserialised<T>(T contract) =>
        JsonSerializer.Serialize(contract, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)Indented.GetTypeInfo(typeof(T))).ReplaceLineEndings("\n");
}
