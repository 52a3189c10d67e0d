using Isms.Core.Catalogs;

namespace Isms.Oscal;

/// <summary>
/// What <see cref="OscalCatalogReader"/> read from an OSCAL catalog (or a resolved profile, which is a catalog): the
/// control catalog, ready for a <see cref="ControlCatalogSet"/>, and the counts a user checks against the source.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record OscalCatalogImport
{
    /// <summary>The catalog: one <see cref="CatalogControl"/> per OSCAL control and enhancement, in document order.</summary>
    /// <remarks>
    /// Each control keeps its OSCAL id (<c>ac-2</c>, <c>ac-2.1</c>, <c>GV.OC-01</c>); its theme is the title of its top-level
    /// group (the catalog's title for a control outside any group); its group is the title of a nested group, or for an
    /// enhancement its parent control (<c>GV.OC Organizational Context</c>). A control whose title only repeats its id (CSF
    /// 2.0's subcategories) takes its statement's prose as title.
    /// </remarks>
    public required ControlCatalog Catalog { get; init; }

    /// <summary>The catalog document's <c>uuid</c>.</summary>
    public required Guid Uuid { get; init; }

    /// <summary>The catalog's <c>metadata.title</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The catalog's <c>metadata.version</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The OSCAL version the document declares (<c>metadata.oscal-version</c>, e.g. <c>1.1.2</c>).</summary>
    public required string OscalVersion { get; init; }

    /// <summary>The groups, nested ones included.</summary>
    public required int Groups { get; init; }

    /// <summary>The controls that are not enhancements: those directly in the catalog or in a group.</summary>
    public required int Controls { get; init; }

    /// <summary>The enhancements: controls nested in a control (<c>ac-2.1</c>; CSF 2.0's subcategories).</summary>
    public required int Enhancements { get; init; }

    /// <summary>The parameters of the catalog, its groups and its controls.</summary>
    public required int Parameters { get; init; }

    /// <summary>The controls and enhancements marked withdrawn (a <c>status</c> property of <c>withdrawn</c>), which the catalog still holds.</summary>
    public required int Withdrawn { get; init; }

    /// <summary>Returns a one-line summary, e.g. <c>NIST SP 800-53 ... (OSCAL 1.1.2): 131 controls, 18 enhancements, 18 groups, 445 parameters</c>.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Title} (OSCAL {OscalVersion}): {Controls} controls, {Enhancements} enhancements, {Groups} groups, {Parameters} parameters");
}
