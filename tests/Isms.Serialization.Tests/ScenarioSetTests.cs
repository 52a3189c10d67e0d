using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core.Catalogs;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

/// <summary>The <c>scenario-set</c> kind: Open FAIR scenarios, control effects and correlations.</summary>
public sealed class ScenarioSetTests
{
    internal static FairScenarioSet Sample { get; } = Create(0.4, 5_000, 90_000, 0.25);

    private static FairScenarioSet Create(double rate, double low, double high, double correlation)
    {
        var ransomware = FairScenario.FromAnnualRate(new FairScenarioId("ransomware"), "Ransomware on the payment platform", rate, low, high);
        var outage = new FairScenario(
            new FairScenarioId("outage"),
            "Cloud region outage",
            [
                new(FairNode.ThreatEventFrequency, new TriangularDistribution(0.1, 0.5, 2)),
                new(FairNode.Vulnerability, new UniformDistribution(0.2, 0.6)),
                new(FairNode.LossMagnitude, new PertDistribution(low, (low + high) / 2, high, 4, PertVariant.MomentMatched)),
            ]);
        var control = new FairControlEffect(
            "backup",
            "Immutable backups",
            12_000,
            [new NodeReduction(FairNode.LossMagnitude, new UniformDistribution(0.3, 0.5))],
            [ransomware.Id],
            [new ControlId("8.13")]);
        return new FairScenarioSet([ransomware, outage], [control], [new ScenarioCorrelation(ransomware.Id, outage.Id, correlation)]);
    }

    private static byte[] Write(FairScenarioSet set) => IsmsDocumentSerializer.Default.Serialize(set);

    private static bool Same(FairScenarioSet a, FairScenarioSet b) =>
        a.Scenarios.SequenceEqual(b.Scenarios) && a.Correlations.SequenceEqual(b.Correlations) && a.DefaultCorrelation == b.DefaultCorrelation
        && a.Controls.Length == b.Controls.Length
        && a.Controls.Zip(b.Controls).All(p => p.First.Id == p.Second.Id && p.First.Name == p.Second.Name && p.First.AnnualCost == p.Second.AnnualCost
            && p.First.Reductions.SequenceEqual(p.Second.Reductions) && p.First.Scenarios.SequenceEqual(p.Second.Scenarios) && p.First.AnnexAControls.SequenceEqual(p.Second.AnnexAControls));

    [Property(MaxTest = 100)]
    public Property A_scenario_set_reads_back_equal_to_what_was_written()
    {
        var sets = from rate in Gen.Choose(1, 500).Select(r => r / 100.0)
                   from low in Gen.Choose(1, 1000).Select(l => l * 10.0)
                   from spread in Gen.Choose(2, 100)
                   from correlation in Gen.Choose(-9, 9).Select(c => c / 10.0)
                   select Create(rate, low, low * spread, correlation);
        return Prop.ForAll(sets.ToArbitrary(), set =>
        {
            var read = IsmsDocumentSerializer.Default.Deserialize<FairScenarioSet>(Write(set));
            return Same(set, read) && Write(read).AsSpan().SequenceEqual(Write(set));
        });
    }

    [Fact]
    public void A_correlation_naming_an_unknown_scenario_is_a_dangling_reference()
    {
        var text = System.Text.Encoding.UTF8.GetString(Write(Sample)).Replace("\"second\": \"outage\"", "\"second\": \"flood\"", StringComparison.Ordinal);
        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<FairScenarioSet>(System.Text.Encoding.UTF8.GetBytes(text)));
        Assert.Equal(DocumentErrorCodes.DanglingReference, error.Code);
        Assert.Equal("$.correlations[0].second", error.Path);
    }

    [Fact]
    public void A_distribution_missing_a_parameter_names_it()
    {
        var text = System.Text.Encoding.UTF8.GetString(Write(Sample));
        var at = text.IndexOf("\"mode\": ", StringComparison.Ordinal);
        var end = text.IndexOf('\n', at);
        var broken = text.Remove(at, end - at + 1);
        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<FairScenarioSet>(System.Text.Encoding.UTF8.GetBytes(broken)));
        Assert.Equal(DocumentErrorCodes.MissingMember, error.Code);
        Assert.Contains("mode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_current_scenario_set_golden_file_is_exactly_what_is_written()
    {
        var file = Fixtures.Path(DocumentKinds.ScenarioSet, "v1.json");
        var written = Write(Sample);
        if (Fixtures.Update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, written);
        }

        Assert.Equal(File.ReadAllText(file), System.Text.Encoding.UTF8.GetString(written));
    }
}
