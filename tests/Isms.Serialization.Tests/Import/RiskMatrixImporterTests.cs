using Isms.Core;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk.Import;

namespace Isms.Risk.Tests.Import;

public sealed class RiskMatrixImporterTests
{
    // The shape of a CISO Assistant risk matrix (json_definition): levels with 0-based ids, grid[probability][impact].
    private const string CisoAssistant4x4 = """
        {
          "name": "4x4 risk matrix from EBIOS-RM",
          "probability": [
            { "id": 0, "abbreviation": "V1", "name": "Unlikely", "hexcolor": "#BBF7D0" },
            { "id": 1, "abbreviation": "V2", "name": "Likely" },
            { "id": 2, "abbreviation": "V3", "name": "Very likely" },
            { "id": 3, "abbreviation": "V4", "name": "Certain" }
          ],
          "impact": [
            { "id": 0, "abbreviation": "G1", "name": "Minor" },
            { "id": 1, "abbreviation": "G2", "name": "Significant" },
            { "id": 2, "abbreviation": "G3", "name": "Important" },
            { "id": 3, "abbreviation": "G4", "name": "Critical" }
          ],
          "risk": [
            { "id": 0, "abbreviation": "1", "name": "Low", "hexcolor": "#BBF7D0" },
            { "id": 1, "abbreviation": "2", "name": "Medium" },
            { "id": 2, "abbreviation": "3", "name": "High" }
          ],
          "grid": [[0, 0, 0, 1], [0, 0, 1, 1], [1, 1, 2, 2], [1, 2, 2, 2]]
        }
        """;

    [Fact]
    public void A_CISO_Assistant_matrix_imports_with_its_levels_and_grid()
    {
        var criteria = RiskMatrixImporter.FromJson(CisoAssistant4x4);

        Assert.Equal("4x4 risk matrix from EBIOS-RM", criteria.Name);
        Assert.Equal(["Unlikely", "Likely", "Very likely", "Certain"], criteria.Matrix.Likelihood.Levels.Select(l => l.Name));
        Assert.Equal(["Minor", "Significant", "Important", "Critical"], criteria.Matrix.Consequence.Levels.Select(l => l.Name));
        Assert.Equal(["Low", "Medium", "High"], criteria.Matrix.Levels.Select(l => l.Name));
        Assert.Equal([1, 1, 1, 2, 1, 1, 2, 2, 2, 2, 3, 3, 2, 3, 3, 3], criteria.Matrix.Cells);
        Assert.Equal("#BBF7D0", criteria.Matrix.Likelihood[1].Colour);
        Assert.Equal("V4", criteria.Matrix.Likelihood[4].Abbreviation);
        Assert.Equal(1, criteria.AcceptanceLevel.Value);
    }

    [Fact]
    public void The_matrix_may_be_wrapped_in_json_definition_and_take_an_acceptance_risk_id()
    {
        var criteria = RiskMatrixImporter.FromJson($$"""{ "ref_id": "m", "json_definition": {{CisoAssistant4x4}} }""", acceptanceRiskId: 1);

        Assert.Equal(2, criteria.AcceptanceLevel.Value);
    }

    [Fact]
    public void Likelihood_and_consequence_are_accepted_as_member_names_and_ids_are_ordered()
    {
        const string json = """
            { "likelihood": [{ "id": 7, "name": "High" }, { "id": 3, "name": "Low" }],
              "consequence": [{ "id": 1, "name": "Low" }, { "id": 2, "name": "High" }],
              "risk": [{ "id": 10, "name": "Acceptable" }, { "id": 20, "name": "Unacceptable" }],
              "grid": [[10, 10], [10, 20]] }
            """;

        var criteria = RiskMatrixImporter.FromJson(json);

        Assert.Equal(["Low", "High"], criteria.Matrix.Likelihood.Levels.Select(l => l.Name));
        Assert.Equal(2, criteria.Matrix.LevelOf(new LikelihoodLevel(2), new ConsequenceLevel(2)).Value);
    }

    [Fact]
    public void A_grid_with_a_missing_cell_is_rejected_naming_the_row()
    {
        var json = CisoAssistant4x4.Replace("[1, 2, 2, 2]", "[1, 2, 2]", StringComparison.Ordinal);

        var ex = Assert.Throws<IsmsException>(() => RiskMatrixImporter.FromJson(json));

        Assert.Equal(RiskErrorCodes.InvalidMatrix, ex.Code);
        Assert.Contains("grid row 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grid_cell_that_is_not_a_risk_id_is_rejected_naming_the_cell()
    {
        var json = CisoAssistant4x4.Replace("[1, 2, 2, 2]", "[1, 2, 2, 9]", StringComparison.Ordinal);

        var ex = Assert.Throws<IsmsException>(() => RiskMatrixImporter.FromJson(json));

        Assert.Equal(RiskErrorCodes.InvalidMatrix, ex.Code);
        Assert.Contains("grid[3][3]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_monotone_grid_is_rejected_unless_allowed()
    {
        var json = CisoAssistant4x4.Replace("[1, 2, 2, 2]", "[1, 2, 2, 0]", StringComparison.Ordinal);

        Assert.Equal(RiskErrorCodes.InvalidMatrix, Assert.Throws<IsmsException>(() => RiskMatrixImporter.FromJson(json)).Code);
        Assert.False(RiskMatrixImporter.FromJson(json, allowNonMonotone: true).Matrix.IsMonotone);
    }

    [Theory]
    [InlineData("not json", "ISMS-RISK-009")]
    [InlineData("[]", "ISMS-RISK-009")]
    [InlineData("""{ "probability": [], "impact": [], "risk": [] }""", "ISMS-RISK-009")]
    [InlineData("""{ "probability": [{"id":0}], "impact": [], "risk": [], "grid": [] }""", "ISMS-RISK-009")]
    public void Unreadable_documents_are_rejected_with_a_stable_code(string json, string code)
    {
        Assert.Equal(code, Assert.Throws<IsmsException>(() => RiskMatrixImporter.FromJson(json)).Code);
    }

    [Fact]
    public void A_scale_outside_2_to_10_levels_is_rejected()
    {
        var one = new[] { new ImportedLevel(0, "Only") };
        var two = new[] { new ImportedLevel(0, "Low"), new ImportedLevel(1, "High") };

        var ex = Assert.Throws<IsmsException>(() => RiskMatrixImporter.FromDefinition("m", one, two, two, [[0, 1]]));

        Assert.Equal(RiskErrorCodes.InvalidMatrix, ex.Code);
    }

    [Fact]
    public void Duplicate_level_ids_are_rejected()
    {
        var dup = new[] { new ImportedLevel(0, "Low"), new ImportedLevel(0, "High") };
        var two = new[] { new ImportedLevel(0, "Low"), new ImportedLevel(1, "High") };

        Assert.Contains("used twice", Assert.Throws<IsmsException>(() => RiskMatrixImporter.FromDefinition("m", dup, two, two, [[0, 0], [0, 1]])).Message, StringComparison.Ordinal);
    }
}
