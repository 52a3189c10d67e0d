using Isms.Core;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Risk.Quantitative.IO;

namespace Isms.Risk.Tests.Quantitative;

/// <summary>The CSV and JSON readers accept what analysts write and refuse bad files with one clear error.</summary>
public sealed class ReaderTests
{
    [Fact]
    public void The_csv_layout_reads_rate_and_90_percent_interval_with_or_without_header()
    {
        var withHeader = FairCsvReader.Parse("Identifier,Name,Probability,Low_loss,High_loss\nA,\"Alice, the insider\",0.1,100000,1000000\nB,Bob loses a laptop,0.5,1000,50000\n");
        var without = FairCsvReader.Parse("# a comment\nA,\"Alice, the insider\",0.1,1e5,1000000\n\nB,Bob loses a laptop,0.5,1000,50000");

        Assert.Equal(2, withHeader.Scenarios.Length);
        Assert.Equal("Alice, the insider", withHeader.Scenarios[0].Name);
        Assert.Equal(0.1, ((ConstantDistribution)withHeader.Scenarios[0].GetEstimate(FairNode.LossEventFrequency)!).Value);
        Assert.Equal(LognormalDistribution.FromInterval90(100_000, 1_000_000), withHeader.Scenarios[0].GetEstimate(FairNode.LossMagnitude));
        Assert.Equal(withHeader.Scenarios.Select(s => s.Id), without.Scenarios.Select(s => s.Id));
    }

    [Theory]
    [InlineData("A,Alice,0.1,100000\n", FairErrorCodes.MalformedCsv, "line 1")]
    [InlineData("A,Alice,often,1,2\n", FairErrorCodes.MalformedCsv, "Probability")]
    [InlineData("A,Alice,0.1,1000,10\n", FairErrorCodes.LowAboveHigh, "Loss Magnitude")]
    [InlineData("A,Alice,-1,10,100\n", FairErrorCodes.OutsideDomain, "Loss Event Frequency")]
    [InlineData("A,Alice,NaN,10,100\n", FairErrorCodes.NonFinite, "Probability")]
    [InlineData("A,Alice,0.1,10,100\nA,Again,0.1,10,100\n", FairErrorCodes.Duplicate, "line 2")]
    [InlineData("Identifier,Name,Rate,Low,High\nA,Alice,0.1,10,100\n", FairErrorCodes.MalformedCsv, "header")]
    [InlineData("", FairErrorCodes.MalformedCsv, "no scenarios")]
    public void Bad_csv_is_refused_naming_the_line_and_field(string csv, string code, string mentions)
    {
        var ex = Assert.Throws<IsmsException>(() => FairCsvReader.Parse(csv));

        Assert.Equal(code, ex.Code);
        Assert.Contains(mentions, ex.Message, StringComparison.Ordinal);
    }

    private const string GoodJson = """
        {
          // the sample organisation's ransomware scenario
          "scenarios": [
            {
              "id": "R-01",
              "name": "Ransomware encrypts the file servers",
              "Threat Event Frequency": { "low": 0.5, "mode": 2, "high": 6 },
              "Vulnerability": { "low": 0.05, "mode": 0.2, "high": 0.4 },
              "Primary Loss": { "low": 50000, "high": 2000000 },
              "Secondary Loss Event Frequency": 0.3,
              "Secondary Loss Event Magnitude": { "mean": 200000, "stdev": 50000 }
            },
            {
              "id": "R-02",
              "name": "Phishing leads to payment fraud",
              "nodes": {
                "contact_frequency": { "distribution": "uniform", "low": 20, "high": 60 },
                "probability_of_action": { "low": 0.05, "mode": 0.1, "high": 0.2, "shape": 6 },
                "Threat Capability": { "distribution": "triangular", "low": 10, "mode": 50, "high": 90 },
                "Control Strength": { "low": 40, "mode": 60, "high": 80, "variant": "moment-matched" },
                "Loss Magnitude": { "low": 5000, "high": 80000, "confidence": 0.8 }
              }
            }
          ],
          "controls": [
            { "id": "EDR", "name": "Endpoint detection and response", "cost": 40000, "scenarios": ["R-01"], "annexA": ["8.7"],
              "reduces": { "Vulnerability": { "low": 0.3, "mode": 0.5, "high": 0.7 } } }
          ],
          "correlations": [ { "scenarios": ["R-01", "R-02"], "coefficient": 0.3 } ]
        }
        """;

    [Fact]
    public void The_json_file_reads_scenarios_controls_and_correlations_with_node_names_as_analysts_spell_them()
    {
        var set = FairJsonReader.Parse(GoodJson);

        Assert.Equal(2, set.Scenarios.Length);
        var r1 = set.Scenarios[0];
        Assert.IsType<PertDistribution>(r1.GetEstimate(FairNode.ThreatEventFrequency));
        Assert.Equal(LognormalDistribution.FromInterval90(50_000, 2_000_000), r1.GetEstimate(FairNode.PrimaryLoss));
        Assert.Equal(new ConstantDistribution(0.3), r1.GetEstimate(FairNode.SecondaryLossEventFrequency));
        Assert.IsType<NormalDistribution>(r1.GetEstimate(FairNode.SecondaryLossEventMagnitude));
        var r2 = set.Scenarios[1];
        Assert.Equal(6, ((PertDistribution)r2.GetEstimate(FairNode.ProbabilityOfAction)!).Shape);
        Assert.Equal(PertVariant.MomentMatched, ((PertDistribution)r2.GetEstimate(FairNode.ResistanceStrength)!).Variant);
        Assert.Equal(LognormalDistribution.FromQuantiles(0.1, 5_000, 0.9, 80_000), r2.GetEstimate(FairNode.LossMagnitude));
        Assert.Equal("8.7", Assert.Single(set.Controls).AnnexAControls[0].Value);
        Assert.Equal(0.3, Assert.Single(set.Correlations).Coefficient);
    }

    [Fact]
    public void A_single_pyfair_style_model_is_read_as_one_scenario()
    {
        var set = FairJsonReader.Parse("""{"name": "Basic model", "type": "FairModel", "n_simulations": 10000, "Loss Event Frequency": {"low": 20, "mode": 100, "high": 900}, "Loss Magnitude": {"low": 3000000, "mode": 3500000, "high": 5000000}}""");

        Assert.Equal("Basic model", Assert.Single(set.Scenarios).Id.Value);
    }

    [Theory]
    [InlineData("""{"scenarios": [{"id": "A", "Loss Event Frequencyy": 1, "Loss Magnitude": 1}]}""", FairErrorCodes.UnknownNode, "Loss Event Frequencyy")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": {"low": 5, "mode": 1, "high": 2}, "LM": 1}]}""", FairErrorCodes.LowAboveHigh, "Loss Event Frequency")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": {"low": 1, "mode": 9, "high": 2}, "LM": 1}]}""", FairErrorCodes.ModeOutsideRange, "scenario 'A'")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1}]}""", FairErrorCodes.Incomplete, "Loss Magnitude")]
    [InlineData("""{"scenarios": [{"id": "A", "TEF": 1, "Vulnerability": {"low": 0.1, "high": 0.5}, "LM": 1}]}""", FairErrorCodes.OutsideDomain, "Vulnerability")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": {"low": 1, "modes": 2, "high": 3}, "LM": 1}]}""", FairErrorCodes.MalformedJson, "modes")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": "often", "LM": 1}]}""", FairErrorCodes.MalformedJson, "$.scenarios[0].LEF")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1, "LEF": 2, "LM": 1}]}""", FairErrorCodes.MalformedJson, "duplicate")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1, "LM": 1}""", FairErrorCodes.MalformedJson, "line")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1, "LM": 1}], "colour": "blue"}""", FairErrorCodes.MalformedJson, "colour")]
    public void Bad_json_is_refused_naming_the_scenario_and_the_node(string json, string code, string mentions)
    {
        var ex = Assert.Throws<IsmsException>(() => FairJsonReader.Parse(json));

        Assert.Equal(code, ex.Code);
        Assert.Contains(mentions, ex.Message, StringComparison.Ordinal);
    }
}
