using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Core.Catalogs.Attributes;

namespace Isms.Core.Catalogs;

/// <summary>
/// A set of controls an ISMS can decide on in its Statement of Applicability: ISO/IEC 27001:2022 Annex A,
/// the 2013 edition, or a vendor's own (NIST CSF, SOC 2, ...). Immutable; control ids are unique.
/// </summary>
/// <remarks>
/// A vendor builds its own catalog (NIST CSF, SOC 2, an internal control set) with the constructor or reads one
/// from tab-separated text with Isms.Serialization's <c>ControlCatalogTsvReader</c>; <see cref="ControlCatalogSet"/> gathers catalogs.
/// The built-in ISO catalogs are <see cref="AnnexA.Iso27001_2022"/> and <see cref="AnnexA.Iso27001_2013"/>.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial class ControlCatalog
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
        Check.WellFormed(source, "ControlCatalog.Source");
        Check.WellFormed(name, "ControlCatalog.Name");
        Check.WellFormed(id, "ControlCatalog.Id");
        Id = id;
        Name = name;
        Source = source;
        Controls = [.. controls];
        Themes = [.. Controls.Where(c => c is not null).Select(c => c.Theme).Distinct(StringComparer.Ordinal)];
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

    /// <summary>The number of controls.</summary>
    public int Count => Controls.Length;

    /// <summary>The distinct themes, in catalog order.</summary>
    public ImmutableArray<string> Themes { get; }

    /// <summary>The controls of one theme (compared ignoring case), in catalog order.</summary>
    /// <param name="theme">The theme, e.g. <c>Technological</c> or <c>A.9 Access control</c>.</param>
    public ImmutableArray<CatalogControl> ByTheme(string theme)
    {
        Guard.Against.NullOrWhiteSpace(theme);
        return Where(c => string.Equals(c.Theme, theme, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The controls whose ISO/IEC 27002:2022 attributes carry every value of <paramref name="query"/>, in catalog
    /// order; controls without attributes never match.
    /// <para>ISO/IEC 27002:2022 Annex A.2 (views by attribute).</para>
    /// </summary>
    /// <param name="query">The attribute values to look for.</param>
    public ImmutableArray<CatalogControl> WithAttributes(AttributeQuery query)
    {
        Guard.Against.Null(query);
        return Where(c => c.Attributes is { } attributes && attributes.Matches(query));
    }

    /// <summary>The controls marked new in ISO/IEC 27001:2022 (<see cref="CatalogControl.IsNewIn2022"/>).</summary>
    public ImmutableArray<CatalogControl> NewIn2022() => Where(c => c.IsNewIn2022);

    /// <summary>The controls that satisfy <paramref name="predicate"/>, in catalog order.</summary>
    /// <param name="predicate">The condition.</param>
    public ImmutableArray<CatalogControl> Where(Func<CatalogControl, bool> predicate)
    {
        Guard.Against.Null(predicate);
        return [.. Controls.Where(predicate)];
    }

    /// <summary>True when the catalog holds a control with this id.</summary>
    /// <param name="id">The control id.</param>
    public bool Contains(ControlId id) => _byId.ContainsKey(id);

    /// <summary>Finds a control by id.</summary>
    /// <param name="id">The control id.</param>
    /// <param name="control">The control, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(ControlId id, out CatalogControl control)
    {
        var found = _byId.TryGetValue(id, out var value);
        control = value!;
        return found;
    }

    /// <summary>The control with this id.</summary>
    /// <param name="id">The control id.</param>
    /// <exception cref="KeyNotFoundException">The catalog has no such control.</exception>
    public CatalogControl this[ControlId id] =>
        _byId.TryGetValue(id, out var control)
            ? control
            : throw new KeyNotFoundException($"Catalog '{Id}' has no control '{id}'.");

    /// <summary>Returns the catalog's name and size, e.g. <c>ISO/IEC 27001:2022 Annex A (93 controls)</c>.</summary>
    public override string ToString() => $"{Name} ({Count} controls)";
}
