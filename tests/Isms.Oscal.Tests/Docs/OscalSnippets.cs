using Isms.Core.Catalogs;

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
}
