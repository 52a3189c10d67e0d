using Isms.Core.Catalogs;
using Isms.Core.RiskManagement.Criteria;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Serialization.Import;

namespace Isms.Serialization.Tests.Docs;

/// <summary>
/// The code of the import sections of docs/quantitative-risk.md, docs/catalogs.md and docs/risk.md. Each #region is
/// copied verbatim into its page (<see cref="ImportSnippetTests"/> checks they are equal) and the tests run every region.
/// </summary>
internal static class ImportSnippets
{
    public static FairScenarioSet Scenarios(string csvPath, string jsonPath, TextWriter log)
    {
        #region import-scenarios
        FairScenarioSet fromCsv;
        using (var csv = File.OpenRead(csvPath))
        {
            fromCsv = FairScenarioCsvReader.Default.Read(csv, "scenarios.csv");   // the name messages show
        }

        var reader = new FairScenarioJsonReader(new IsmsDocumentOptions { MaxDocumentBytes = 4 * 1024 * 1024 });
        try
        {
            FairScenarioSet fromJson = reader.Read(File.ReadAllBytes(jsonPath), "risks.json");
        }
        catch (IsmsDocumentException ex)
        {
            // ex.Code "ISMS-DOC-024", ex.Path "$[0].LM", ex.Line 2; ex.InnerException is the model's
            // IsmsException with Code "ISMS-FAIR-002" (the low bound is above the high bound).
            log.WriteLine(ex.Message);
        }
        #endregion

        return fromCsv;
    }

    public static (ControlCatalog Catalog, ControlCatalogMapping Mapping) Catalogs(string catalogPath, string pairsPath, IEnumerable<ControlId> applicableSoc2Ids)
    {
        #region import-catalog
        var tsv = ControlCatalogTsvReader.Default;
        ControlCatalog soc2;
        using (var file = File.OpenRead(catalogPath))
        {
            soc2 = tsv.ReadCatalog(file, "soc2-tsc-2017", "SOC 2 Trust Services Criteria", "AICPA TSP 100", "soc2.tsv");
        }

        using var pairs = File.OpenRead(pairsPath);   // header, then e.g. "CC6.1<TAB>8.3"
        var soc2ToIso = tsv.ReadMapping(pairs, "soc2-to-iso", soc2, AnnexA.Iso27001_2022, "our mapping v3");
        soc2ToIso.TargetsOf(new ControlId("CC6.1"));   soc2ToIso.Transition(applicableSoc2Ids);
        #endregion

        return (soc2, soc2ToIso);
    }

    public static RiskCriteria Matrix(string matrixPath)
    {
        #region import-matrix
        RiskCriteria criteria;
        using (var matrix = File.OpenRead(matrixPath))   // the matrix object, or CISO Assistant's json_definition
        {
            criteria = RiskMatrixImporter.Default.Read(matrix, "matrix.json", acceptanceRiskId: 1, allowNonMonotone: false);
        }
        #endregion

        return criteria;
    }
}
