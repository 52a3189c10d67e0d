using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core.RiskManagement.Criteria;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests;

public sealed class RiskMethodologyTests
{
    internal static RiskCriteria FiveByFive { get; } = Criteria(5, 5, 4, (l, c) => Math.Min(4, Math.Max(1, (l + c) / 2)), acceptance: 2);

    internal static RiskCriteria Criteria(int rows, int columns, int levels, Func<int, int, int> cell, int acceptance, string name = "5x5 (ISO/IEC 27005 style)", ConsequenceCombination combination = ConsequenceCombination.WorstCase) =>
        new(
            name,
            new RiskMatrix(
                Scale("Likelihood", rows),
                Scale("Consequence", columns),
                Enumerable.Range(1, levels).Select(i => new RiskLevelDefinition($"Level {i}", $"L{i}", $"#00{i}{i}00", $"Risk level {i}") { Value = i % 2 == 0 ? i * 10 : null, Range = i % 2 == 1 ? new SemiQuantitativeRange(i, i + 0.5) : null }),
                [.. Enumerable.Range(1, rows).Select(l => (IReadOnlyList<int>)[.. Enumerable.Range(1, columns).Select(c => cell(l, c))])],
                allowNonMonotone: true),
            new RiskLevel(acceptance))
        {
            Combination = combination,
            ConsequenceCriteria = [ConsequenceCriterion.Confidentiality, ConsequenceCriterion.Availability, new ConsequenceCriterion("Privacy")],
        };

    private static RiskScale Scale(string name, int count) =>
        new(name, Enumerable.Range(1, count).Select(i => new ScaleLevel($"{name} {i}", $"{name[0]}{i}", i * 1.5, $"{name} level {i} \"é\"", "#ffcc00") { Range = i == 1 ? new SemiQuantitativeRange(0, 0.1) : null }));

    [Property(MaxTest = 200)]
    public Property A_risk_methodology_reads_back_equal_to_what_was_written()
    {
        var criteria = from rows in Gen.Choose(2, 6)
                       from columns in Gen.Choose(2, 6)
                       from levels in Gen.Choose(2, 5)
                       from cells in Gen.ArrayOf(Gen.Choose(1, levels), rows * columns)
                       from acceptance in Gen.Choose(1, levels)
                       from name in DocumentArbitraries.Text
                       from combination in Gen.Elements(ConsequenceCombination.WorstCase, ConsequenceCombination.MeanRoundedUp)
                       select Criteria(rows, columns, levels, (l, c) => cells[((l - 1) * columns) + c - 1], acceptance, name, combination);
        return Prop.ForAll(criteria.ToArbitrary(), c =>
            c.Equals(IsmsDocumentSerializer.Default.Deserialize<RiskCriteria>(IsmsDocumentSerializer.Default.Serialize(c))));
    }

    [Fact]
    public void The_current_risk_methodology_golden_file_is_exactly_what_is_written()
    {
        var file = Fixtures.Path(DocumentKinds.RiskMethodology, "v1.json");
        var written = IsmsDocumentSerializer.Default.Serialize(FiveByFive);
        if (Fixtures.Update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, written);
        }

        Assert.Equal(File.ReadAllText(file), System.Text.Encoding.UTF8.GetString(written));
        Assert.Equal(FiveByFive, IsmsDocumentSerializer.Default.Deserialize<RiskCriteria>(File.ReadAllBytes(file)));
    }

    [Theory]
    [InlineData("\"acceptanceLevel\": 2", "\"acceptanceLevel\": 9", DocumentErrorCodes.InvalidValue, "$.acceptanceLevel")]
    [InlineData("\"acceptanceLevel\": 2", "\"acceptanceLevel\": 2.5", DocumentErrorCodes.InvalidValue, "$.acceptanceLevel")]
    [InlineData("\"acceptanceLevel\": 2", "\"acceptanceLevel\": \"2\"", DocumentErrorCodes.WrongType, "$.acceptanceLevel")]
    [InlineData("\"allowNonMonotone\": false", "\"allowNonMonotone\": \"no\"", DocumentErrorCodes.WrongType, "$.allowNonMonotone")]
    [InlineData("\"value\": 1.5", "\"value\": 1e400", DocumentErrorCodes.InvalidValue, "$.likelihood.levels[0].value")]
    [InlineData("\"colour\": \"#ffcc00\"", "\"colour\": \"\"", DocumentErrorCodes.InvalidValue, "$.likelihood.levels[0].colour")]
    [InlineData("\"combination\": \"worst-case\"", "\"combination\": \"worst\"", DocumentErrorCodes.InvalidValue, "$.combination")]
    public void Bad_values_in_a_risk_methodology_are_refused_with_their_path(string from, string to, string code, string path)
    {
        var golden = File.ReadAllText(Fixtures.Path(DocumentKinds.RiskMethodology, "v1.json"));
        var index = golden.IndexOf(from, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{from}' not in the golden file");
        var json = string.Concat(golden.AsSpan(0, index), to, golden.AsSpan(index + from.Length));
        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<RiskCriteria>(Catalogs.Utf8(json)));
        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.Path);
        Assert.NotNull(error.Line);
    }
}
