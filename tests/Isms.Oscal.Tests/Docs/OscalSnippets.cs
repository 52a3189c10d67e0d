using Isms.Core;
using Isms.Core.Catalogs;
using Isms.Core.Readiness;
using Isms.Oscal.Crosswalks;
using NodaTime;

namespace Isms.Oscal.Tests.Docs;

/// <summary>The code the docs show, verbatim, in regions the snippet tests compare with the docs and run.</summary>
internal static class OscalSnippets
{
    public static (OscalCatalogImport Import, ControlCatalogSet Catalogs) Import(string path, TextWriter console)
    {
        #region oscal-import
        // path: your copy of NIST's catalog, e.g. NIST_CSF_v2.0_catalog.json from usnistgov/oscal-content
        var import = OscalCatalogReader.Default.Read(File.ReadAllBytes(path), Path.GetFileName(path));
        console.WriteLine($"{import.Title}: {import.Controls} controls, {import.Enhancements} enhancements");
        var catalogs = ControlCatalogSet.Default.Add(import.Catalog);   // beside ISO/IEC 27001 Annex A
        #endregion
        return (import, catalogs);
    }

    public static void Export(InformationSecurityManagementSystem isms, LocalDate today, IClock clock, Guid tenantNamespace, string folder)
    {
        #region oscal-export
        var exporter = new OscalExporter(new OscalExportOptions { UuidNamespace = tenantNamespace });
        var readiness = ReadinessAnalyzer.Default.Analyze(isms, today);
        foreach (var model in Enum.GetValues<OscalModel>())
        {
            using var file = File.Create(Path.Combine(folder, exporter.HrefOf(model)));   // catalog.json, profile.json, ...
            exporter.Write(model, isms, clock.GetCurrentInstant(), readiness, file);
        }
        #endregion
    }

    public static CrosswalkCoverage Coverage(InformationSecurityManagementSystem isms, TextWriter console)
    {
        #region crosswalk-coverage
        var coverage = CrosswalkCoverage.Compute(isms, CrosswalkSets.Iso27001ToCsf2);
        foreach (var target in coverage.Targets.Where(t => t.Status != CoverageStatus.Covered))
            console.WriteLine($"{target.Target} {target.Status}: {string.Join(", ", target.Support.Select(s => $"{s.Control} {s.Entry.Relationship}"))}");
        #endregion
        return coverage;
    }

    public static CrosswalkCoverage CsvCoverage(InformationSecurityManagementSystem isms, string path)
    {
        #region crosswalk-csv
        // path: your mapping, e.g. mapping.csv with the header source_id,target_id,relationship,rationale,strength
        var crosswalk = CrosswalkCsvReader.Default.Read(File.ReadAllBytes(path), Path.GetFileName(path));
        var coverage = CrosswalkCoverage.Compute(isms, crosswalk);
        #endregion
        return coverage;
    }

    public static OscalDocument Read(string path, string copy, TextWriter console)
    {
        #region oscal-read
        // path: an OSCAL document, e.g. NIST's ifa_ssp-example.json or the ssp.json the exporter wrote
        var document = OscalDocumentReader.Default.Read(File.ReadAllBytes(path), Path.GetFileName(path), OscalModels.SystemSecurityPlan);
        console.WriteLine($"{document.Title}: {document.Count("implemented-requirement")} implemented requirements, imports {string.Join(", ", document.Imports)}");
        File.WriteAllBytes(copy, document.ToUtf8Json());   // the same document, as the exporter writes OSCAL
        #endregion
        return document;
    }
}
