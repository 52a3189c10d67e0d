using Ardalis.GuardClauses;

namespace Isms.Core.Catalogs;

/// <summary>
/// One control of a <see cref="ControlCatalog"/>: its id, the theme (or clause, category) it belongs to and its
/// title. Control texts are the standards' copyright and are not shipped; ids, titles and attributes are.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CatalogControl
{
    /// <summary>Creates a catalog control.</summary>
    /// <param name="id">The control's id in its catalog.</param>
    /// <param name="theme">The theme, clause or category (e.g. <c>Organizational</c>, <c>A.9 Access control</c>).</param>
    /// <param name="title">The control's title.</param>
    public CatalogControl(ControlId id, string theme, string title)
    {
        Guard.Against.NullOrWhiteSpace(id.Value, nameof(id));
        Guard.Against.NullOrWhiteSpace(theme);
        Guard.Against.NullOrWhiteSpace(title);
        Id = id;
        Theme = theme;
        Title = title;
    }

    /// <summary>The control's id in its catalog.</summary>
    public ControlId Id { get; }

    /// <summary>The theme, clause or category the control belongs to.</summary>
    public string Theme { get; }

    /// <summary>The control's title.</summary>
    public string Title { get; }
}
