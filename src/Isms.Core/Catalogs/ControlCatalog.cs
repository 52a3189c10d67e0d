using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Isms.Core.Catalogs;

/// <summary>
/// A set of controls an ISMS can decide on in its Statement of Applicability: ISO/IEC 27001:2022 Annex A,
/// the 2013 edition, or a vendor's own (NIST CSF, SOC 2, ...). Immutable; control ids are unique.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ControlCatalog
{
    private readonly Dictionary<ControlId, CatalogControl> _byId;

    /// <summary>Creates a catalog.</summary>
    /// <param name="id">A stable id for the catalog, e.g. <c>iso27001-2022-annex-a</c>.</param>
    /// <param name="name">The catalog's name as people say it.</param>
    /// <param name="source">Where the ids, titles and attributes were taken from.</param>
    /// <param name="controls">The controls; ids must be unique.</param>
    /// <exception cref="ArgumentException">An argument is empty, or two controls share an id.</exception>
    public ControlCatalog(string id, string name, string source, IEnumerable<CatalogControl> controls)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(source);
        Guard.Against.Null(controls);
        Id = id;
        Name = name;
        Source = source;
        Controls = [.. controls];
        _byId = new Dictionary<ControlId, CatalogControl>(Controls.Length);
        foreach (var control in Controls)
        {
            Guard.Against.Null(control, nameof(controls));
            if (!_byId.TryAdd(control.Id, control))
            {
                throw new ArgumentException($"Catalog '{id}' lists control '{control.Id}' twice.", nameof(controls));
            }
        }
    }

    /// <summary>The catalog's stable id.</summary>
    public string Id { get; }

    /// <summary>The catalog's name.</summary>
    public string Name { get; }

    /// <summary>Where the catalog's data came from.</summary>
    public string Source { get; }

    /// <summary>The controls, in catalog order.</summary>
    public ImmutableArray<CatalogControl> Controls { get; }

    /// <summary>True when the catalog holds a control with this id.</summary>
    public bool Contains(ControlId id) => _byId.ContainsKey(id);

    /// <summary>Finds a control by id.</summary>
    public bool TryGet(ControlId id, out CatalogControl control)
    {
        var found = _byId.TryGetValue(id, out var value);
        control = value!;
        return found;
    }

    /// <summary>The control with this id.</summary>
    /// <exception cref="KeyNotFoundException">The catalog has no such control.</exception>
    public CatalogControl this[ControlId id] =>
        _byId.TryGetValue(id, out var control)
            ? control
            : throw new KeyNotFoundException($"Catalog '{Id}' has no control '{id}'.");
}
