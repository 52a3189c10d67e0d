using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Isms.Core.Catalogs;

/// <summary>
/// An immutable registry of control catalogs keyed by catalog id: the catalogs an application offers for its
/// Statements of Applicability. <see cref="Default"/> holds the two ISO/IEC 27001 Annex A editions; a vendor adds its
/// own with <see cref="Add(ControlCatalog)"/> or <see cref="Add(IControlCatalogProvider)"/>, each returning a new set.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ControlCatalogSet
{
    private readonly ImmutableDictionary<string, ControlCatalog> _byId;

    private ControlCatalogSet(ImmutableArray<ControlCatalog> catalogs, ImmutableDictionary<string, ControlCatalog> byId)
    {
        Catalogs = catalogs;
        _byId = byId;
    }

    /// <summary>A set without catalogs.</summary>
    public static ControlCatalogSet Empty { get; } = new([], ImmutableDictionary.Create<string, ControlCatalog>(StringComparer.Ordinal));

    /// <summary>A set with the built-in catalogs (<see cref="AnnexACatalogProvider"/>).</summary>
    public static ControlCatalogSet Default => Empty.Add(AnnexACatalogProvider.Instance);

    /// <summary>The catalogs, in the order they were added.</summary>
    public ImmutableArray<ControlCatalog> Catalogs { get; }

    /// <summary>The catalog with this id.</summary>
    /// <param name="id">The catalog id, e.g. <c>iso27001-2022-annex-a</c>.</param>
    /// <exception cref="IsmsException"><see cref="CatalogErrorCodes.UnknownCatalog"/>: no such catalog.</exception>
    public ControlCatalog this[string id] =>
        TryGet(id, out var catalog)
            ? catalog
            : throw Fault.Of(CatalogErrorCodes.UnknownCatalog, $"No catalog with id '{id}' (catalogs: {string.Join(", ", Catalogs.Select(c => c.Id))}).", nameof(ControlCatalog), id, value: id);

    /// <summary>Finds a catalog by id.</summary>
    /// <param name="id">The catalog id.</param>
    /// <param name="catalog">The catalog, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(string id, out ControlCatalog catalog)
    {
        Guard.Against.Null(id);
        var found = _byId.TryGetValue(id, out var value);
        catalog = value!;
        return found;
    }

    /// <summary>Returns a set with one more catalog.</summary>
    /// <param name="catalog">The catalog; its id must not be in the set.</param>
    /// <exception cref="IsmsException"><see cref="CatalogErrorCodes.DuplicateCatalog"/>: the id is taken.</exception>
    public ControlCatalogSet Add(ControlCatalog catalog)
    {
        Guard.Against.Null(catalog);
        if (_byId.ContainsKey(catalog.Id))
        {
            throw Fault.Of(CatalogErrorCodes.DuplicateCatalog, $"The catalog set already holds a catalog with id '{catalog.Id}'.", nameof(ControlCatalog), catalog.Id, nameof(ControlCatalog.Id), catalog.Id);
        }

        return new ControlCatalogSet(Catalogs.Add(catalog), _byId.Add(catalog.Id, catalog));
    }

    /// <summary>Returns a set with every catalog of the provider added; nothing is added if one id is taken.</summary>
    /// <param name="provider">The provider.</param>
    /// <exception cref="IsmsException"><see cref="CatalogErrorCodes.DuplicateCatalog"/>: an id is taken.</exception>
    public ControlCatalogSet Add(IControlCatalogProvider provider)
    {
        Guard.Against.Null(provider);
        var set = this;
        foreach (var catalog in provider.GetCatalogs())
        {
            set = set.Add(catalog);
        }

        return set;
    }
}
