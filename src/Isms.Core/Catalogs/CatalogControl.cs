using Ardalis.GuardClauses;
using Isms.Core.Catalogs.Attributes;

namespace Isms.Core.Catalogs;

/// <summary>
/// One control of a <see cref="ControlCatalog"/>: its id, the theme (or clause, category) it belongs to and its
/// title; optionally the group within the theme (the 2013 control objective), the ISO/IEC 27002:2022 attributes and
/// whether the control is new in the 2022 edition. Control texts are the standards' copyright and are not shipped;
/// ids, titles and attributes are.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CatalogControl
{
    private readonly string? _group;

    /// <summary>Creates a catalog control.</summary>
    /// <param name="id">The control's id in its catalog.</param>
    /// <param name="theme">The theme, clause or category (e.g. <c>Organizational</c>, <c>A.9 Access control</c>).</param>
    /// <param name="title">The control's title.</param>
    public CatalogControl(ControlId id, string theme, string title)
    {
        Guard.Against.NullOrWhiteSpace(id.Value, nameof(id));
        Guard.Against.NullOrWhiteSpace(theme);
        Guard.Against.NullOrWhiteSpace(title);
        Check.WellFormed(title, "CatalogControl.Title");
        Check.WellFormed(theme, "CatalogControl.Theme");
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

    /// <summary>
    /// The group within the theme, or null: for ISO/IEC 27001:2013 the control objective
    /// (e.g. <c>A.9.2 User access management</c>); a vendor catalog may use it for a sub-category.
    /// </summary>
    /// <exception cref="ArgumentException">Set to empty or white space.</exception>
    public string? Group
    {
        get => _group;
        init
        {
            if (value is not null)
            {
                Check.WellFormed(value, "CatalogControl.Group");
            }

            _group = value is null ? null : Guard.Against.NullOrWhiteSpace(value, nameof(Group));
        }
    }

    /// <summary>
    /// The control's ISO/IEC 27002:2022 attributes (Annex A, Table A.1), or null when the catalog has none
    /// (the 2013 edition, most vendor catalogs).
    /// </summary>
    public Iso27002Attributes? Attributes { get; init; }

    /// <summary>
    /// True for the 11 ISO/IEC 27001:2022 controls that had no 2013 predecessor (5.7, 5.23, 5.30, 7.4, 8.9, 8.10,
    /// 8.11, 8.12, 8.16, 8.23, 8.28); such controls need a fresh Statement of Applicability decision in a transition.
    /// <para>ISO/IEC 27002:2022 Annex B, Table B.1 ("New").</para>
    /// </summary>
    public bool IsNewIn2022 { get; init; }
}
