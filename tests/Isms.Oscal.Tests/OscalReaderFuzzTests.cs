using System.Text;
using Isms.Oscal.Tests.Support;
using Isms.Serialization.Tests.Fuzz;

namespace Isms.Oscal.Tests.Fuzz;

/// <summary>
/// The OSCAL reader holds the property of every reader of outside input: hostile variations of valid catalogs only
/// ever end in the library's document exception with a code (<c>ISMS-DOC-</c> or <c>ISMS-OSCAL-</c>), a place that
/// exists in the input and a one-line message: the catalog reader and the document reader (on NIST's SSP, assessment
/// plan, assessment results and POA&amp;M examples). 300 fixed cases; 20,000 random ones with <c>ISMS_SOAK=1</c>.
/// </summary>
public sealed class OscalReaderFuzzTests
{
    internal static readonly string[] OwnCodes = [OscalErrorCodes.WrongModel, OscalErrorCodes.UnsupportedVersion, OscalErrorCodes.InvalidDatatype];

    [Fact]
    public void The_catalog_reader_survives_hostile_input()
    {
        byte[][] seeds = [Encoding.UTF8.GetBytes(OscalSamples.SmallCatalog), OscalData.Bytes("examples", "basic-catalog.json")];

        var (accepted, refused) = FuzzHarness.Run("OSCAL catalog", seeds, JsonMutations.All, b => OscalCatalogReader.Default.Read(b), json: true, OwnCodes);

        Assert.True(accepted > 0 && refused > 0, $"the mutations reach both outcomes ({accepted} accepted, {refused} refused)");
    }

    [Fact]
    public void The_catalog_reader_survives_hostile_bytes()
    {
        byte[][] seeds = [Encoding.UTF8.GetBytes(OscalSamples.SmallCatalog)];

        var (_, refused) = FuzzHarness.Run("OSCAL catalog bytes", seeds, ByteMutations.All, b => OscalCatalogReader.Default.Read(b), json: true, OwnCodes);

        Assert.True(refused > 0);
    }

    [Theory]
    [InlineData("ifa_ssp-example.json", OscalModels.SystemSecurityPlan)]
    [InlineData("ifa_assessment-plan-example.json", OscalModels.AssessmentPlan)]
    [InlineData("ifa_assessment-results-example.json", OscalModels.AssessmentResults)]
    [InlineData("ifa_plan-of-action-and-milestones.json", OscalModels.PlanOfActionAndMilestones)]
    public void The_document_reader_survives_hostile_input(string example, string model)
    {
        byte[][] seeds = [OscalData.Bytes("examples", example)];

        var (accepted, refused) = FuzzHarness.Run("OSCAL " + model, seeds, JsonMutations.All, b => OscalDocumentReader.Default.Read(b, null, model), json: true, OwnCodes);

        Assert.True(accepted > 0 && refused > 0, $"the mutations reach both outcomes ({accepted} accepted, {refused} refused)");
    }

    [Fact]
    public void The_document_reader_survives_hostile_bytes()
    {
        byte[][] seeds = [OscalData.Bytes("examples", "ifa_plan-of-action-and-milestones.json")];

        var (_, refused) = FuzzHarness.Run("OSCAL document bytes", seeds, ByteMutations.All, b => OscalDocumentReader.Default.Read(b, null, null), json: true, OwnCodes);

        Assert.True(refused > 0);
    }
}
