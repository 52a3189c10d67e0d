using Isms.Core.Catalogs;
using Isms.Serialization.Import;
using Isms.Serialization.Tests.Import;
using Isms.Serialization.Tests.Support;

namespace Isms.Serialization.Tests.Fuzz;

/// <summary>
/// Issue 13's permanent fix: each reader of an external format gets hostile variations of valid inputs (bytes
/// flipped, truncated, invalid UTF-8; members deleted, duplicated and renamed; types swapped; extreme numbers; lone
/// surrogates; deep nesting; line breaks and controls in values), and so does every document kind: each may only return a model or throw
/// <see cref="IsmsDocumentException"/> with a code, a place that exists and a one-line message
/// (<see cref="FuzzHarness"/>). 300 cases per reader; 20,000 with <c>ISMS_SOAK=1</c>.
/// </summary>
public sealed class ReaderFuzzTests
{
    [Fact]
    public void Scenario_csv_survives_hostile_input()
    {
        byte[][] seeds =
        [
            ImportSamples.Utf8(ImportSamples.ScenarioCsv),
            ImportSamples.Utf8("A,Alice steals the data,0.1,100000,1000000\nB,Bob loses a laptop,0.5,1000,50000\n"),
            ImportSamples.Utf8("Identifier,Name,Probability,Low_loss,High_loss\r\nR-1,,1e-3,1e3,1e7\r\n"),
        ];

        Expect(FuzzHarness.Run("scenario CSV", seeds, DelimitedMutations.For(','), b => FairScenarioCsvReader.Default.Read(b), json: false));
    }

    [Fact]
    public void Scenario_json_survives_hostile_input()
    {
        byte[][] seeds = [ImportSamples.Utf8(ImportSamples.ScenarioJson), ImportSamples.Utf8(ImportSamples.PyfairJson), ImportSamples.Utf8(ImportSamples.ArrayJson)];

        Expect(FuzzHarness.Run("scenario JSON", seeds, JsonMutations.All, b => FairScenarioJsonReader.Default.Read(b), json: true));
    }

    [Fact]
    public void Control_catalog_tsv_survives_hostile_input()
    {
        byte[][] catalogs = [ImportSamples.Utf8(ImportSamples.Soc2), ImportSamples.Utf8(ImportSamples.OwnCatalogWithAttributes), File.ReadAllBytes(Fixtures.Path("tsv", "iso27001-2022-annex-a.tsv"))];
        byte[][] mappings = [ImportSamples.Utf8(ImportSamples.Soc2ToIso), File.ReadAllBytes(Fixtures.Path("tsv", "iso27002-2022-annex-b-mapping.tsv"))];
        var soc2 = ControlCatalogTsvReader.Default.ParseCatalog(ImportSamples.Soc2, "soc2", "SOC 2", "test");

        Expect(FuzzHarness.Run("catalog TSV", catalogs, DelimitedMutations.For('\t'), b => ControlCatalogTsvReader.Default.ReadCatalog(b, "c", "C", "fuzz"), json: false));
        Expect(FuzzHarness.Run("mapping TSV", mappings, DelimitedMutations.For('\t'), b =>
        {
            var soc2Seed = b.AsSpan().StartsWith("id_soc2"u8);
            ControlCatalogTsvReader.Default.ReadMapping(b, "m", soc2Seed ? soc2 : AnnexA.Iso27001_2013, AnnexA.Iso27001_2022, "fuzz");
        }, json: false));
        Expect(FuzzHarness.Run("control list", [ImportSamples.Utf8(ImportSamples.Applicable2013)], DelimitedMutations.For('\t'), b => ControlCatalogTsvReader.Default.ReadControlList(b, AnnexA.Iso27001_2013), json: false));
    }

    [Fact]
    public void Risk_matrix_import_survives_hostile_input()
    {
        byte[][] seeds = [ImportSamples.Utf8(ImportSamples.CisoAssistant4x4), ImportSamples.Utf8(ImportSamples.WrappedAsString)];

        Expect(FuzzHarness.Run("risk matrix", seeds, JsonMutations.All, b => RiskMatrixImporter.Default.Read(b), json: true));
    }

    public static TheoryData<string> DocumentFixtures() =>
    [
        "isms/v1.json", "certification-record/v1.json", "control-catalog/v2.json", "control-catalog/v1.json", "risk-methodology/v1.json",
        "scenario-set/v1.json",
    ];

    /// <summary>
    /// Every document kind (issue 13 item 1: documents the schema accepts crashed with NullReferenceException when a list
    /// was left out). Each fixture is its own seed so every kind gets its share of the cases.
    /// </summary>
    [Theory]
    [MemberData(nameof(DocumentFixtures))]
    public void A_document_survives_hostile_input(string fixture)
    {
        var serializer = new IsmsDocumentSerializer(new IsmsDocumentOptions { CertificationBodyPolicy = CertificationRecords.Policy });
        byte[][] seeds = [File.ReadAllBytes(Fixtures.Path(fixture.Split('/')))];

        Expect(FuzzHarness.Run(fixture, seeds, JsonMutations.All, b => serializer.Deserialize(b), json: true));
    }

    /// <summary>A fuzz run that never reaches a refusal, or never an acceptance, tests too little.</summary>
    private static void Expect((int Accepted, int Refused) outcome)
    {
        Assert.True(outcome.Refused > FuzzHarness.Cases / 3, $"only {outcome.Refused} of {FuzzHarness.Cases} cases were refused");
        Assert.True(outcome.Accepted > 0, "no mutated input was accepted: the mutations never keep an input valid");
    }
}
