namespace Isms.Core.Catalogs;

/// <summary>
/// A source of control catalogs a host can register in a <see cref="ControlCatalogSet"/>: the built-in
/// <see cref="AnnexACatalogProvider"/>, or a vendor's provider for NIST CSF, SOC 2 or its own control set.
/// </summary>
/// <threadsafety>Implementations should be thread-safe and return immutable catalogs.</threadsafety>
public interface IControlCatalogProvider
{
    /// <summary>The catalogs this provider supplies.</summary>
    /// <returns>The catalogs; ids must be unique within a set.</returns>
    IEnumerable<ControlCatalog> GetCatalogs();
}
