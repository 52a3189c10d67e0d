using System.Text;
using Isms.Core;
using Isms.Core.Leadership;
using Isms.Core.RiskManagement.Criteria;

namespace Isms.Serialization.Tests;

/// <summary>
/// Regressions found by the whole-ISMS generator (<see cref="Support.IsmsArbitraries"/>) when it was allowed
/// everything the model allowed: each was a model the API accepted but the <c>isms</c> kind could not store
/// faithfully. The model now refuses them, so every model it builds can be saved and read back.
/// </summary>
public sealed class IsmsRegressionTests
{
    [Fact]
    public void A_relative_website_is_refused_by_the_profile_because_a_document_could_not_read_it_back()
    {
        // It used to be written as "www.example.com" and then refused on read as "not an absolute URI".
        var profile = IsmsDocumentTests.Sample().Profile;
        var error = Assert.Throws<IsmsException>(() => profile with { Website = new Uri("www.example.com", UriKind.Relative) });
        Assert.Equal(IsmsErrorCodes.OutOfRange, error.Code);
        Assert.Contains("www.example.com", error.Message, StringComparison.Ordinal);
        Assert.NotNull(profile with { Website = new Uri("https://example.com/isms") });
    }

    [Fact]
    public void A_lone_surrogate_is_refused_by_the_model_because_a_document_would_silently_replace_it()
    {
        // It used to be written as "\uFFFD": the ISMS read back differed from the one saved, without an error.
        var isms = IsmsDocumentTests.Sample();
        var error = Assert.Throws<IsmsException>(() => isms.Profile with { LegalName = "Test \ud800 Ltd" });
        Assert.Equal(IsmsErrorCodes.InvalidText, error.Code);
        Assert.Contains("U+D800", error.Message, StringComparison.Ordinal);
        Assert.Throws<IsmsException>(() => isms.People[0] with { Id = new PersonId("p\udc00") });
        Assert.Throws<IsmsException>(() => isms.Assets[0] with { Description = "cut emoji \ud83d" });
        Assert.Throws<IsmsException>(() => new Core.Catalogs.ControlId("5.\ud800"));
        Assert.Throws<IsmsException>(() => new ConsequenceCriterion("Privacy \udfff"));
        Assert.Throws<IsmsException>(() => new ScaleLevel("High", "H", 3, "cut \ud83d", "#f00"));
        Assert.Throws<IsmsException>(() => new Core.Catalogs.ControlCatalog("c", "n \ud800", "s", []));
        Assert.Throws<IsmsException>(() => new Core.RiskManagement.Quantitative.FairScenarioId("q\ud800"));

        var whole = isms.With(b => b.Profile = isms.Profile with { LegalName = "Test \ud83d\ude00 Ltd" });
        Assert.Equal(whole, IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(IsmsDocumentSerializer.Default.Serialize(whole)));
    }

    [Fact]
    public void An_escaped_lone_surrogate_in_a_document_is_an_invalid_value_not_a_wrong_type()
    {
        var json = Encoding.UTF8.GetString(IsmsDocumentSerializer.Default.Serialize(IsmsDocumentTests.Sample()))
            .Replace("\"legalName\": \"Test Ltd\"", "\"legalName\": \"Test \\ud800 Ltd\"", StringComparison.Ordinal);
        var error = Assert.Throws<IsmsDocumentException>(() => IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(DocumentErrorCodes.InvalidValue, error.Code);
        Assert.Equal("$.profile.legalName", error.Path);
        Assert.Equal(5, error.Line);
        Assert.Contains("surrogate", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_risk_level_value_that_JSON_cannot_hold_is_refused_by_the_model(double value)
    {
        // It used to make the writer throw a raw ArgumentException from Utf8JsonWriter while saving the ISMS.
        var error = Assert.Throws<ArgumentException>(() => new RiskLevelDefinition("High", "H", "#f00", "treat") { Value = value });
        Assert.Equal("Value", error.ParamName);
    }

    [Theory]
    [InlineData(double.NaN, 1)]
    [InlineData(0, double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity, 0)]
    [InlineData(5, 4)]
    public void A_semi_quantitative_range_is_finite_and_ordered(double low, double high)
    {
        Assert.Throws<ArgumentException>(() => new SemiQuantitativeRange(low, high));
    }

    [Fact]
    public void A_semi_quantitative_range_cannot_be_made_non_finite_with_a_with_expression()
    {
        var band = new SemiQuantitativeRange(80, 95);
        Assert.Throws<ArgumentException>(() => band with { High = double.PositiveInfinity });
        Assert.Equal(new SemiQuantitativeRange(80, 100), band with { High = 100 });
    }

    [Fact]
    public void The_isms_with_the_largest_finite_values_still_round_trips()
    {
        var isms = IsmsDocumentTests.Sample();
        var criteria = isms.RiskCriteria;
        var levels = criteria.Matrix.Levels.Select((l, i) => new RiskLevelDefinition(l.Name, l.Abbreviation, l.Colour, l.Description) { Value = i == 0 ? double.MaxValue : double.Epsilon, Range = new SemiQuantitativeRange(-double.MaxValue, double.MaxValue) });
        var matrix = new RiskMatrix(criteria.Matrix.Likelihood, criteria.Matrix.Consequence, levels, [.. Enumerable.Range(1, criteria.Matrix.Likelihood.Count).Select(l => (IReadOnlyList<int>)[.. Enumerable.Range(1, criteria.Matrix.Consequence.Count).Select(c => criteria.Matrix.LevelOf(new LikelihoodLevel(l), new ConsequenceLevel(c)).Value)])]);
        var extreme = isms.With(b => b.RiskCriteria = new RiskCriteria(criteria.Name, matrix, criteria.AcceptanceLevel) { Combination = criteria.Combination, ConsequenceCriteria = criteria.ConsequenceCriteria });

        var json = IsmsDocumentSerializer.Default.Serialize(extreme);
        var read = IsmsDocumentSerializer.Default.Deserialize<InformationSecurityManagementSystem>(json);

        Assert.Equal(extreme, read);
        Assert.Contains("1.7976931348623157E+308", Encoding.UTF8.GetString(json), StringComparison.Ordinal);
    }
}
