using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Isms.Core.Catalogs.Data;

namespace Isms.Core.Catalogs;

/// <summary>
/// The built-in ISO/IEC 27001 Annex A catalogs: the 2022 edition (93 controls in 4 themes, with the ISO/IEC
/// 27002:2022 attributes and the 11 new controls marked) and the 2013 edition (114 controls in clauses A.5 to A.18).
/// Ids, titles and attributes only: the control texts are ISO's copyright. Each catalog is built from its table on first
/// use, once, thread-safely.
/// <para>ISO/IEC 27001:2022 Annex A, Table A.1; ISO/IEC 27002:2022 Annex A, Table A.1; ISO/IEC 27001:2013 Annex A.</para>
/// </summary>
/// <threadsafety>This type is thread-safe: the catalogs are immutable and created once.</threadsafety>
public static class AnnexA
{
    /// <summary>The stable id of the 2022 catalog.</summary>
    public const string Iso27001_2022_Id = "iso27001-2022-annex-a";

    /// <summary>The stable id of the 2013 catalog.</summary>
    public const string Iso27001_2013_Id = "iso27001-2013-annex-a";

    private const string Source2022 =
        "ISO/IEC 27001:2022 Annex A (ids, themes, titles) and ISO/IEC 27002:2022 Annex A Table A.1 (attributes), "
        + "Annex B Table B.1 (new controls); public transcriptions cross-checked row by row, see docs/catalogs.md";

    private const string Source2013 =
        "ISO/IEC 27001:2013 Annex A (ids, clauses, control objectives, titles); public transcriptions cross-checked "
        + "row by row, see docs/catalogs.md";

    private static readonly Lazy<ControlCatalog> Lazy2022 = new(Build2022, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<ControlCatalog> Lazy2013 = new(Build2013, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// ISO/IEC 27001:2022 Annex A: 93 controls, ids <c>5.1</c> to <c>8.34</c>, themes <c>Organizational</c>,
    /// <c>People</c>, <c>Physical</c>, <c>Technological</c>, each with its <see cref="CatalogControl.Attributes"/>.
    /// </summary>
    [SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "Reads as the standard's designation ISO/IEC 27001:2022.")]
    public static ControlCatalog Iso27001_2022 => Lazy2022.Value;

    /// <summary>
    /// ISO/IEC 27001:2013 Annex A: 114 controls, ids <c>A.5.1.1</c> to <c>A.18.2.3</c>; the theme is the clause
    /// (<c>A.9 Access control</c>) and the group the control objective (<c>A.9.2 User access management</c>).
    /// </summary>
    [SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "Reads as the standard's designation ISO/IEC 27001:2013.")]
    public static ControlCatalog Iso27001_2013 => Lazy2013.Value;

    /// <summary>The 2022 controls of one theme, in order (37, 8, 14 and 34 controls).</summary>
    /// <param name="theme">The theme.</param>
    public static ImmutableArray<CatalogControl> ByTheme(Iso27001Theme theme) =>
        Enum.IsDefined(theme)
            ? Iso27001_2022.ByTheme(theme.ToString())
            : throw new ArgumentOutOfRangeException(nameof(theme), theme, "Not an ISO/IEC 27001:2022 theme.");

    /// <summary>The theme of a 2022 control id (<c>8.16</c> is <see cref="Iso27001Theme.Technological"/>).</summary>
    /// <param name="id">A control of <see cref="Iso27001_2022"/>.</param>
    /// <exception cref="IsmsException"><see cref="CatalogErrorCodes.UnknownControl"/>: not a 2022 control.</exception>
    public static Iso27001Theme ThemeOf(ControlId id) =>
        Iso27001_2022.TryGet(id, out var control)
            ? Enum.Parse<Iso27001Theme>(control.Theme)
            : throw Fault.Of(CatalogErrorCodes.UnknownControl, $"Control '{id}' is not an ISO/IEC 27001:2022 Annex A control.", nameof(CatalogControl), id.Value, value: id.Value);

    /// <summary>The 11 controls new in ISO/IEC 27001:2022, in catalog order.</summary>
    public static ImmutableArray<CatalogControl> NewIn2022 => Iso27001_2022.NewIn2022();

    /// <summary>
    /// Finds a 2022 control from an id as people write it in spreadsheets and SoAs: <c>8.8</c>, <c>A.8.8</c>,
    /// <c>a 8.8</c>, with surrounding white space.
    /// </summary>
    /// <param name="text">The id text.</param>
    /// <param name="control">The control, when found.</param>
    /// <returns>True when the text names a 2022 control.</returns>
    public static bool TryFind2022(string? text, out CatalogControl control) =>
        Iso27001_2022.TryGet(Normalize(text, withPrefix: false), out control);

    /// <summary>
    /// Finds a 2013 control from an id as people write it: <c>A.12.6.1</c>, <c>a.12.6.1</c>, <c>12.6.1</c>,
    /// <c>A 12.6.1</c>, with surrounding white space.
    /// </summary>
    /// <param name="text">The id text.</param>
    /// <param name="control">The control, when found.</param>
    /// <returns>True when the text names a 2013 control.</returns>
    public static bool TryFind2013(string? text, out CatalogControl control) =>
        Iso27001_2013.TryGet(Normalize(text, withPrefix: true), out control);

    /// <summary>
    /// Builds the 2022 catalog from its table, a new instance on every call. <see cref="Iso27001_2022"/> calls it once
    /// per process; tests call it directly so the table's code runs in each test that checks it.
    /// </summary>
    internal static ControlCatalog Build2022() =>
        new(Iso27001_2022_Id, "ISO/IEC 27001:2022 Annex A", Source2022, Iso27001v2022AnnexATable.Controls());

    /// <summary>Builds the 2013 catalog from its table, a new instance on every call (see <see cref="Build2022"/>).</summary>
    internal static ControlCatalog Build2013() =>
        new(Iso27001_2013_Id, "ISO/IEC 27001:2013 Annex A", Source2013, Iso27001v2013AnnexATable.Controls());

    private static ControlId Normalize(string? text, bool withPrefix)
    {
        var value = (text ?? string.Empty).Trim();
        if (value.StartsWith("A.", StringComparison.OrdinalIgnoreCase) || value.StartsWith("A ", StringComparison.OrdinalIgnoreCase))
        {
            value = value[2..].Trim();
        }

        if (value.Length == 0)
        {
            return default;
        }

        return new ControlId(withPrefix ? "A." + value : value);
    }
}
