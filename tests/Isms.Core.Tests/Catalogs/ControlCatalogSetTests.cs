using Isms.Core.Catalogs;

namespace Isms.Core.Tests.Catalogs;

public sealed class ControlCatalogSetTests
{
    private sealed class NistCsfProvider : IControlCatalogProvider
    {
        public IEnumerable<ControlCatalog> GetCatalogs() =>
        [
            new ControlCatalog("nist-csf-2.0", "NIST CSF 2.0", "NIST CSWP 29", [new CatalogControl(new ControlId("GV.OC-01"), "GOVERN", "Organizational context")]),
        ];
    }

    [Fact]
    public void The_default_set_holds_both_annex_a_editions()
    {
        var set = ControlCatalogSet.Default;

        Assert.Same(AnnexA.Iso27001_2022, set[AnnexA.Iso27001_2022_Id]);
        Assert.Same(AnnexA.Iso27001_2013, set[AnnexA.Iso27001_2013_Id]);
        Assert.Equal(2, set.Catalogs.Length);
    }

    [Fact]
    public void A_vendor_provider_adds_its_catalogs_without_changing_the_original_set()
    {
        var original = ControlCatalogSet.Default;

        var extended = original.Add(new NistCsfProvider());

        Assert.Equal(3, extended.Catalogs.Length);
        Assert.True(extended.TryGet("nist-csf-2.0", out var csf));
        Assert.Equal("Organizational context", csf[new ControlId("GV.OC-01")].Title);
        Assert.False(original.TryGet("nist-csf-2.0", out _));
    }

    [Fact]
    public void Adding_a_catalog_id_twice_is_refused_with_a_stable_code()
    {
        var error = Assert.Throws<IsmsException>(() => ControlCatalogSet.Default.Add(AnnexA.Iso27001_2022));

        Assert.Equal(CatalogErrorCodes.DuplicateCatalog, error.Code);
        Assert.Contains(AnnexA.Iso27001_2022_Id, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_for_an_unknown_catalog_names_the_known_ones()
    {
        var error = Assert.Throws<IsmsException>(() => ControlCatalogSet.Default["soc2"]);

        Assert.Equal(CatalogErrorCodes.UnknownCatalog, error.Code);
        Assert.Contains(AnnexA.Iso27001_2013_Id, error.Message, StringComparison.Ordinal);
    }
}
