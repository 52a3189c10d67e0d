using System.Text;
using Isms.Core;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Serialization.Import;
using Isms.Serialization.Tests.Fuzz;

namespace Isms.Serialization.Tests.Import;

/// <summary>The analyst's scenario JSON: node names as analysts spell them; every bad input one located, coded error.</summary>
public sealed class FairScenarioJsonReaderTests
{
    private static readonly FairScenarioJsonReader Reader = FairScenarioJsonReader.Default;

    [Fact]
    public void The_json_file_reads_scenarios_controls_and_correlations_with_node_names_as_analysts_spell_them()
    {
        var set = Reader.Parse(ImportSamples.ScenarioJson);

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
        var set = Reader.Parse(ImportSamples.PyfairJson);

        Assert.Equal("Basic model", Assert.Single(set.Scenarios).Id.Value);
    }

    [Fact]
    public void An_array_of_scenarios_takes_every_kind_of_estimate_and_synonym()
    {
        var set = Reader.Parse(ImportSamples.ArrayJson);

        Assert.Equal(new LognormalDistribution(10, 1), set.Scenarios[0].GetEstimate(FairNode.LossMagnitude));
        Assert.Equal(new PoissonDistribution(3), set.Scenarios[1].GetEstimate(FairNode.ThreatEventFrequency));
        Assert.Equal(LognormalDistribution.FromQuantiles(0.1, 1000, 0.9, 90_000), set.Scenarios[1].GetEstimate(FairNode.PrimaryLoss));
        Assert.Equal(new PertDistribution(10, 20, 90), set.Scenarios[2].GetEstimate(FairNode.LossMagnitude));
    }

    [Fact]
    public void A_scenario_set_document_of_this_library_is_read_by_the_document_serializer()
    {
        var written = IsmsDocumentSerializer.Default.Serialize(Reader.Parse(ImportSamples.ScenarioJson));

        var set = Reader.Read(written);

        Assert.Equal(2, set.Scenarios.Length);
        Assert.Equal(IsmsDocumentSerializer.Default.Serialize(set), written);
    }

    [Theory]
    [InlineData("""{"scenarios": [{"id": "A", "Loss Event Frequencyy": 1, "Loss Magnitude": 1}]}""", DocumentErrorCodes.UnknownMember, "$.scenarios[0]['Loss Event Frequencyy']")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": {"low": 5, "mode": 1, "high": 2}, "LM": 1}]}""", DocumentErrorCodes.InvalidValue, "$.scenarios[0].LEF")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1}]}""", DocumentErrorCodes.InvalidValue, "$.scenarios[0]")]
    [InlineData("""{"scenarios": [{"id": "A", "TEF": 1, "Vulnerability": {"low": 0.1, "high": 0.5}, "LM": 1}]}""", DocumentErrorCodes.InvalidValue, "$.scenarios[0].Vulnerability")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": {"low": 1, "modes": 2, "high": 3}, "LM": 1}]}""", DocumentErrorCodes.UnknownMember, "$.scenarios[0].LEF.modes")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": {"value": 1, "high": 3}, "LM": 1}]}""", DocumentErrorCodes.UnknownMember, "$.scenarios[0].LEF.high")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": {"distribution": "pert", "low": 1, "high": 3}, "LM": 1}]}""", DocumentErrorCodes.MissingMember, "$.scenarios[0].LEF")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": "often", "LM": 1}]}""", DocumentErrorCodes.WrongType, "$.scenarios[0].LEF")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1, "LEF": 2, "LM": 1}]}""", DocumentErrorCodes.DuplicateMember, "$.scenarios[0].LEF")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1, "Loss Event Frequency": 2, "LM": 1}]}""", DocumentErrorCodes.DuplicateMember, "$.scenarios[0]['Loss Event Frequency']")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1, "LM": 1}""", DocumentErrorCodes.MalformedJson, "$.scenarios[0]")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1, "LM": 1}], "colour": "blue"}""", DocumentErrorCodes.UnknownMember, "$.colour")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1e400, "LM": 1}]}""", DocumentErrorCodes.InvalidValue, "$.scenarios[0].LEF")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1, "LM": 1}, {"id": "A", "LEF": 1, "LM": 1}]}""", DocumentErrorCodes.DuplicateId, "$.scenarios[1].id")]
    [InlineData("""{"scenarios": [{"name": "", "LEF": 1, "LM": 1}]}""", DocumentErrorCodes.InvalidValue, "$.scenarios[0].name")]
    [InlineData("""{"scenarios": [{"LEF": 1, "LM": 1}]}""", DocumentErrorCodes.MissingMember, "$.scenarios[0]")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1, "LM": 1}], "controls": [{"id": "C", "scenarios": ["B"], "reduces": {"LEF": 0.5}}]}""", DocumentErrorCodes.DanglingReference, "$.controls[0].scenarios[0]")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1, "LM": 1}], "controls": [{"name": "C", "reduces": {"LEF": 0.5}}]}""", DocumentErrorCodes.MissingMember, "$.controls[0]")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1, "LM": 1}], "controls": [{"id": "C", "reduces": {"LEF": 2}}]}""", DocumentErrorCodes.InvalidValue, "$.controls[0].reduces.LEF")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1, "LM": 1}], "controls": [{"id": "C", "reduces": {"PL": 0.5}}]}""", DocumentErrorCodes.InvalidValue, "$.controls[0]")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1, "LM": 1}, {"id": "B", "LEF": 1, "LM": 1}], "correlations": [{"scenarios": ["A", "B"], "coefficient": 3}]}""", DocumentErrorCodes.InvalidValue, "$.correlations[0]")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1, "LM": 1}], "correlations": [{"scenarios": ["A"], "coefficient": 0.3}]}""", DocumentErrorCodes.InvalidValue, "$.correlations[0].scenarios")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1, "LM": 1}], "defaultCorrelation": 1.5}""", DocumentErrorCodes.InvalidValue, "$.defaultCorrelation")]
    [InlineData("""{"scenarios": []}""", DocumentErrorCodes.MissingMember, "$")]
    [InlineData("""42""", DocumentErrorCodes.RootNotObject, "$")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": {"distribution": "gamma", "low": 1, "high": 2}, "LM": 1}]}""", DocumentErrorCodes.InvalidValue, "$.scenarios[0].LEF.distribution")]
    public void Bad_json_is_refused_with_its_code_at_a_path_the_input_has(string json, string code, string path)
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => Reader.Parse(json));

        Assert.Equal(code, ex.Code);
        Assert.Equal(path, ex.Path);
        Assert.NotNull(ex.Line);
        Assert.NotEqual(false, FuzzHarness.PathExists(Encoding.UTF8.GetBytes(json), path));
    }

    [Theory]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": {"low": 5, "mode": 1, "high": 2}, "LM": 1}]}""", FairErrorCodes.LowAboveHigh)]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": {"low": 1, "mode": 9, "high": 2}, "LM": 1}]}""", FairErrorCodes.ModeOutsideRange)]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1}]}""", FairErrorCodes.Incomplete)]
    [InlineData("""{"scenarios": [{"id": "A", "TEF": 1, "Vulnerability": {"low": 0.1, "high": 0.5}, "LM": 1}]}""", FairErrorCodes.OutsideDomain)]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": 1, "LM": {"low": 1, "high": 9, "confidence": 2}}]}""", FairErrorCodes.InvalidParameter)]
    public void A_value_the_open_fair_model_refuses_carries_the_models_error_inside(string json, string modelCode)
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => Reader.Parse(json));

        Assert.Equal(DocumentErrorCodes.InvalidValue, ex.Code);
        Assert.Equal(modelCode, Assert.IsType<IsmsException>(ex.InnerException, exactMatch: false).Code);
    }

    // Issue 13, item 4: a padded scenario id in a control leaked a raw ArgumentException.
    [Fact]
    public void A_padded_scenario_id_in_a_control_is_a_located_error()
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => Reader.Parse(
            """{"scenarios": [{"id": "A", "LEF": 1, "LM": 1}], "controls": [{"id": "C", "scenarios": ["A "], "reduces": {"LEF": 0.5}}]}"""));

        Assert.Equal(DocumentErrorCodes.InvalidValue, ex.Code);
        Assert.Equal("$.controls[0].scenarios[0]", ex.Path);
        Assert.Equal("A ", ex.Value);
    }

    // Issue 13, item 2: escapes that decode to a lone UTF-16 surrogate leaked InvalidOperationException.
    [Theory]
    [InlineData("""{"scenarios": [{"id": "\ud800", "LEF": 1, "LM": 1}]}""", "$.scenarios[0].id")]
    [InlineData("""{"scenarios": [{"id": "A", "\udc00LEF": 1, "LM": 1}]}""", "$.scenarios[0]")]
    [InlineData("""{"scenarios": [{"id": "A", "LEF": {"distribution": "pert\ud800", "low": 1, "mode": 2, "high": 3}, "LM": 1}]}""", "$.scenarios[0].LEF.distribution")]
    [InlineData("""{"\ud800": 1}""", "$")]
    [InlineData("""[{"id": "A", "name": "x\ud83d", "LEF": 1, "LM": 1}]""", "$[0].name")]
    public void A_lone_surrogate_escape_anywhere_is_a_located_invalid_value(string json, string pathStart)
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => Reader.Parse(json));

        Assert.Equal(DocumentErrorCodes.InvalidValue, ex.Code);
        Assert.StartsWith(pathStart, ex.Path, StringComparison.Ordinal);
        Assert.Equal(1, ex.Line);
        Assert.Null(FuzzHarness.FirstNotOneLine(ex.Message));
    }

    [Fact]
    public void A_surrogate_pair_escape_is_text_like_any_other()
    {
        var set = Reader.Parse("""[{"id": "A", "name": "\ud83d\ude00 ransomware", "LEF": 1, "LM": 1}]""");

        Assert.Equal("\U0001F600 ransomware", set.Scenarios[0].Name);
    }

    // Issue 13, item 2: invalid UTF-8 in a scenario file was silently replaced by U+FFFD.
    [Fact]
    public void Invalid_utf8_is_refused_at_its_line_and_byte_never_replaced()
    {
        byte[] json = [.. "[{\"id\": \"A\",\n \"name\": \""u8, 0xC3, 0x28, .. "\", \"LEF\": 1, \"LM\": 1}]"u8];

        var ex = Assert.Throws<IsmsDocumentException>(() => Reader.Read(json));

        Assert.Equal(DocumentErrorCodes.InvalidUtf8, ex.Code);
        Assert.Equal(2, ex.Line);
        Assert.Equal(11, ex.BytePositionInLine);
    }

    // Issue 13, item 4: a value with a line break, U+0085 or U+2028 was echoed raw.
    [Theory]
    [InlineData("""[{"id": "A", "LEF": {"distribution": "pe\nrt", "low": 1, "mode": 2, "high": 3}, "LM": 1}]""")]
    [InlineData("""[{"id": "A", "LEF": {"distribution": "pe\u0085rt", "low": 1, "mode": 2, "high": 3}, "LM": 1}]""")]
    [InlineData("""[{"id": "A", "LEF": {"distribution": "pe\u2028rt\u202e", "low": 1, "mode": 2, "high": 3}, "LM": 1}]""")]
    [InlineData("""[{"id": "A", "LEF\u2028x": 1, "LM": 1}]""")]
    [InlineData("""[{"id": "A\u2029 ", "LEF": 1, "LM": 1}]""")]
    public void Echoed_values_are_escaped_so_the_message_stays_one_line(string json)
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => Reader.Parse(json));

        Assert.Null(FuzzHarness.FirstNotOneLine(ex.Message));
        Assert.Contains('\\', ex.Message);
    }

    [Fact]
    public void Comments_are_allowed_and_positions_still_count_them()
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => Reader.Parse("// scenarios\n/* one */ [{\"id\": \"A\",\n \"LEF\": \"x\", \"LM\": 1}]"));

        Assert.Equal("$[0].LEF", ex.Path);
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void The_limits_of_the_document_options_apply()
    {
        var small = new FairScenarioJsonReader(new IsmsDocumentOptions { MaxDepth = 8, MaxStringBytes = 16 });

        Assert.Equal(DocumentErrorCodes.TooDeep, Assert.Throws<IsmsDocumentException>(() => small.Parse("[{\"id\": \"A\", \"LEF\": [[[[[[[[1]]]]]]]]}]")).Code);
        Assert.Equal(DocumentErrorCodes.TokenTooLong, Assert.Throws<IsmsDocumentException>(() => small.Parse($"[{{\"id\": \"{new string('a', 40)}\"}}]")).Code);
        Assert.Equal(DocumentErrorCodes.TokenTooLong, Assert.Throws<IsmsDocumentException>(() => Reader.Parse($"[{{\"id\": \"A\", \"LEF\": {new string('1', 80)}, \"LM\": 1}}]")).Code);
    }

    [Fact]
    public void The_display_name_given_is_the_only_file_name_in_the_message()
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => Reader.Read("[{\"id\": \"A\", \"LEF\": \"x\"}]"u8, "risks.json"));

        Assert.StartsWith("ISMS-DOC-023 risks.json $[0].LEF (line 1, position 21):", ex.Message, StringComparison.Ordinal);
        Assert.Equal("risks.json", ex.Location.Source);
    }
}
