using System.Text;
using Isms.Core;
using Isms.Core.RiskManagement.Criteria;
using Isms.Risk;
using Isms.Serialization.Import;
using Isms.Serialization.Tests.Fuzz;

namespace Isms.Serialization.Tests.Import;

/// <summary>Risk matrices from other GRC tools (CISO Assistant's shape): read strictly, every refusal located.</summary>
public sealed class RiskMatrixImporterTests
{
    private static readonly RiskMatrixImporter Importer = RiskMatrixImporter.Default;
    private static readonly string Ciso = ImportSamples.CisoAssistant4x4;

    [Fact]
    public void A_CISO_Assistant_matrix_imports_with_its_levels_and_grid()
    {
        var criteria = Importer.Parse(Ciso);

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
    public void The_matrix_may_be_wrapped_in_json_definition_as_an_object_or_a_string_and_take_an_acceptance_risk_id()
    {
        var asObject = Importer.Parse($$"""{ "ref_id": "m", "json_definition": {{Ciso}} }""", null, 1, false);
        var asString = Importer.Read(Encoding.UTF8.GetBytes(ImportSamples.WrappedAsString), null, 1, false);

        Assert.Equal(2, asObject.AcceptanceLevel.Value);
        Assert.Equal(asObject.Matrix.Cells, asString.Matrix.Cells);
        Assert.Equal(asObject.Name, asString.Name);
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

        var criteria = Importer.Parse(json);

        Assert.Equal(["Low", "High"], criteria.Matrix.Likelihood.Levels.Select(l => l.Name));
        Assert.Equal(2, criteria.Matrix.LevelOf(new LikelihoodLevel(2), new ConsequenceLevel(2)).Value);
    }

    [Theory]
    [InlineData("[1, 2, 2, 2]", "[1, 2, 2]", DocumentErrorCodes.InvalidValue, "$.grid[3]")]
    [InlineData("[1, 2, 2, 2]", "[1, 2, 2, 9]", DocumentErrorCodes.DanglingReference, "$.grid[3][3]")]
    [InlineData("[1, 2, 2, 2]", "[1, 2, 2, 0]", DocumentErrorCodes.InvalidValue, "$.grid")]
    [InlineData("[1, 2, 2, 2]", "[1, 2, 2, \"2\"]", DocumentErrorCodes.WrongType, "$.grid[3][3]")]
    [InlineData("[1, 2, 2, 2]", "[1, 2, 2, 2.5]", DocumentErrorCodes.InvalidValue, "$.grid[3][3]")]
    [InlineData(", [1, 2, 2, 2]]", "]", DocumentErrorCodes.InvalidValue, "$.grid")]
    [InlineData("{ \"id\": 2, \"abbreviation\": \"G3\", \"name\": \"Important\" }", "{ \"id\": 1, \"name\": \"Important\" }", DocumentErrorCodes.DuplicateId, "$.impact[2].id")]
    [InlineData("\"name\": \"Minor\"", "\"name\": \" \"", DocumentErrorCodes.InvalidValue, "$.impact[0].name")]
    [InlineData("\"name\": \"Minor\"", "\"title\": \"Minor\"", DocumentErrorCodes.MissingMember, "$.impact[0]")]
    [InlineData("\"grid\"", "\"grille\"", DocumentErrorCodes.MissingMember, "$")]
    [InlineData("\"impact\": [", "\"impact\": 4, \"unused\": [", DocumentErrorCodes.WrongType, "$.impact")]
    [InlineData("\"impact\": [", "\"consequence\": [], \"impact\": [", DocumentErrorCodes.DuplicateMember, "$.consequence")]
    public void A_bad_matrix_document_is_refused_with_its_code_at_a_path_it_has(string find, string replace, string code, string path)
    {
        var json = Ciso.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Ciso, json);

        var ex = Assert.Throws<IsmsDocumentException>(() => Importer.Parse(json));

        Assert.Equal(code, ex.Code);
        Assert.Equal(path, ex.Path);
        Assert.NotNull(ex.Line);
        Assert.NotEqual(false, FuzzHarness.PathExists(Encoding.UTF8.GetBytes(json), path));
    }

    [Fact]
    public void A_non_monotone_grid_is_refused_unless_allowed_with_the_models_error_inside()
    {
        var json = Ciso.Replace("[1, 2, 2, 2]", "[1, 2, 2, 0]", StringComparison.Ordinal);

        var ex = Assert.Throws<IsmsDocumentException>(() => Importer.Parse(json));

        Assert.IsType<ArgumentException>(ex.InnerException, exactMatch: false);
        Assert.False(Importer.Parse(json, null, null, allowNonMonotone: true).Matrix.IsMonotone);
    }

    [Theory]
    [InlineData("not json", DocumentErrorCodes.MalformedJson)]
    [InlineData("[]", DocumentErrorCodes.RootNotObject)]
    [InlineData("""{ "probability": [], "impact": [], "risk": [] }""", DocumentErrorCodes.MissingMember)]
    [InlineData("""{ "probability": [{"id":0}], "impact": [], "risk": [], "grid": [] }""", DocumentErrorCodes.MissingMember)]
    [InlineData("""{ "json_definition": 3 }""", DocumentErrorCodes.WrongType)]
    [InlineData("""{ "json_definition": "{ not json" }""", DocumentErrorCodes.MalformedJson)]
    [InlineData("""{ "json_definition": "[]" }""", DocumentErrorCodes.RootNotObject)]
    public void Unreadable_documents_are_refused_with_a_stable_code(string json, string code)
    {
        Assert.Equal(code, Assert.Throws<IsmsDocumentException>(() => Importer.Parse(json)).Code);
    }

    [Fact]
    public void An_error_inside_json_definition_as_a_string_is_placed_at_the_string_and_names_the_inner_path()
    {
        var wrapped = ImportSamples.WrappedAsString.Replace("[1, 2, 2, 2]", "[1, 2, 2, 9]", StringComparison.Ordinal);

        var ex = Assert.Throws<IsmsDocumentException>(() => Importer.Parse(wrapped));

        Assert.Equal(DocumentErrorCodes.DanglingReference, ex.Code);
        Assert.Equal("$.json_definition", ex.Path);
        Assert.Contains("$.grid[3][3]", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_acceptance_id_that_is_no_risk_level_is_a_dangling_reference_at_the_risk_levels()
    {
        var ex = Assert.Throws<IsmsDocumentException>(() => Importer.Parse(Ciso, null, 7, false));

        Assert.Equal(DocumentErrorCodes.DanglingReference, ex.Code);
        Assert.Equal("$.risk", ex.Path);
    }

    // Issue 13, item 2: a lone surrogate escape and invalid UTF-8 are refused, never crash or become U+FFFD.
    [Fact]
    public void Lone_surrogates_and_invalid_utf8_are_refused_with_their_codes()
    {
        var surrogate = Ciso.Replace("\"Unlikely\"", "\"Unlikely\\ud800\"", StringComparison.Ordinal);
        byte[] invalid = [.. Encoding.UTF8.GetBytes(Ciso[..40]), 0xFF, .. Encoding.UTF8.GetBytes(Ciso[40..])];

        var a = Assert.Throws<IsmsDocumentException>(() => Importer.Parse(surrogate));
        var b = Assert.Throws<IsmsDocumentException>(() => Importer.Read(invalid));

        Assert.Equal((DocumentErrorCodes.InvalidValue, "$.probability[0].name"), (a.Code, a.Path));
        Assert.Equal(DocumentErrorCodes.InvalidUtf8, b.Code);
        Assert.NotNull(b.Line);
    }

    [Fact]
    public void A_level_name_starting_with_a_surrogate_pair_gets_a_whole_character_abbreviation()
    {
        var json = Ciso.Replace("\"id\": 1, \"abbreviation\": \"V2\", \"name\": \"Likely\"", "\"id\": 1, \"name\": \"\U0001F525 Likely\"", StringComparison.Ordinal);

        var criteria = Importer.Parse(json);

        Assert.Equal("\U0001F5251", criteria.Matrix.Likelihood[2].Abbreviation);
    }

    [Fact]
    public void A_scale_outside_2_to_10_levels_is_refused_with_the_member_named()
    {
        var one = new[] { new ImportedLevel(0, "Only") };
        var two = new[] { new ImportedLevel(0, "Low"), new ImportedLevel(1, "High") };

        var ex = Assert.Throws<IsmsException>(() => RiskMatrixImporter.FromDefinition("m", one, two, two, [[0, 1]]));

        Assert.Equal(RiskErrorCodes.InvalidMatrix, ex.Code);
        Assert.Equal((nameof(RiskMatrix), "m", "Probability"), (ex.EntityKind, ex.EntityId, ex.Member));
    }

    [Fact]
    public void Duplicate_level_ids_are_refused_naming_the_level_as_the_caller_listed_it()
    {
        var dup = new[] { new ImportedLevel(0, "Low"), new ImportedLevel(0, "High") };
        var two = new[] { new ImportedLevel(0, "Low"), new ImportedLevel(1, "High") };

        var ex = Assert.Throws<IsmsException>(() => RiskMatrixImporter.FromDefinition("m", dup, two, two, [[0, 0], [0, 1]]));

        Assert.Equal((RiskErrorCodes.InvalidMatrix, "Probability[1].Id", "0"), (ex.Code, ex.Member, ex.Value));
    }

    [Fact]
    public void A_grid_cell_that_is_no_risk_id_is_refused_naming_the_cell()
    {
        var two = new[] { new ImportedLevel(0, "Low"), new ImportedLevel(1, "High") };

        var ex = Assert.Throws<IsmsException>(() => RiskMatrixImporter.FromDefinition("m", two, two, two, [[0, 0], [0, 5]]));

        Assert.Equal((RiskErrorCodes.InvalidMatrix, "Grid[1][1]", "5"), (ex.Code, ex.Member, ex.Value));
    }
}
