using System.Diagnostics.CodeAnalysis;
using System.Collections.Immutable;
using Isms.Core.Catalogs.Data;

namespace Isms.Core.Catalogs;

/// <summary>
/// The correspondence of the ISO/IEC 27001:2013 Annex A controls with the 2022 controls as given by ISO/IEC
/// 27002:2022 Annex B: 115 pairs; every one of the 114 controls of 2013 maps somewhere; 82 of the 93 controls of 2022
/// receive a 2013 control (the other 11 are new); many-to-one (e.g. <c>A.5.1.1</c> and <c>A.5.1.2</c> to <c>5.1</c>)
/// and one-to-many (<c>A.18.2.3</c> to <c>5.36</c> and <c>8.8</c>). Built on first use, once, thread-safely.
/// <para>ISO/IEC 27002:2022 Annex B, Tables B.1 and B.2.</para>
/// </summary>
/// <threadsafety>This type is thread-safe: the mapping is immutable and created once.</threadsafety>
public static class AnnexAMapping
{
    private static readonly Lazy<ControlCatalogMapping> Lazy2013To2022 = new(
        () => Build2013To2022(AnnexA.Iso27001_2013, AnnexA.Iso27001_2022),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The 2013 to 2022 mapping: source <see cref="AnnexA.Iso27001_2013"/>, target <see cref="AnnexA.Iso27001_2022"/>.</summary>
    [SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "Reads as the editions it maps: 2013 to 2022.")]
    public static ControlCatalogMapping Iso27001_2013_To_2022 => Lazy2013To2022.Value;

    /// <summary>The 2022 controls a 2013 control maps to (<c>A.12.6.1</c> gives <c>8.8</c>; <c>A.18.2.3</c> gives <c>5.36</c>, <c>8.8</c>).</summary>
    /// <param name="id2013">A 2013 control id, e.g. <c>A.12.6.1</c>.</param>
    /// <exception cref="IsmsException"><see cref="CatalogErrorCodes.UnknownControl"/>: not a 2013 control.</exception>
    public static ImmutableArray<ControlId> To2022(ControlId id2013) => Iso27001_2013_To_2022.TargetsOf(id2013);

    /// <summary>The 2013 controls that map to a 2022 control (empty for the 11 new controls).</summary>
    /// <param name="id2022">A 2022 control id, e.g. <c>5.1</c>.</param>
    /// <exception cref="IsmsException"><see cref="CatalogErrorCodes.UnknownControl"/>: not a 2022 control.</exception>
    public static ImmutableArray<ControlId> From2013(ControlId id2022) => Iso27001_2013_To_2022.SourcesOf(id2022);

    /// <summary>
    /// What a 2013-based Statement of Applicability becomes in 2022: given the 2013 controls decided applicable, the
    /// 2022 controls they map to, the 2022 controls whose 2013 predecessors were all excluded, and the 11 new controls
    /// that need a fresh decision.
    /// <para>ISO/IEC 27001:2022 clause 6.1.3 d; ISO/IEC 27002:2022 Annex B.</para>
    /// </summary>
    /// <param name="applicable2013">The 2013 control ids that were applicable.</param>
    /// <exception cref="IsmsException"><see cref="CatalogErrorCodes.UnknownControl"/>: an id that is not a 2013 control.</exception>
    public static CatalogTransition TransitionFrom2013(IEnumerable<ControlId> applicable2013) =>
        Iso27001_2013_To_2022.Transition(applicable2013);

    /// <summary>
    /// Builds the 2013 to 2022 mapping from its table between the given catalogs, a new instance on every call.
    /// <see cref="Iso27001_2013_To_2022"/> calls it once per process; tests call it directly so the table's code runs in
    /// each test that checks it.
    /// </summary>
    /// <param name="source">The 2013 catalog.</param>
    /// <param name="target">The 2022 catalog.</param>
    internal static ControlCatalogMapping Build2013To2022(ControlCatalog source, ControlCatalog target) =>
        new(
            "iso27001-2013-to-2022",
            source,
            target,
            "ISO/IEC 27002:2022 Annex B (Tables B.1 and B.2); public transcriptions cross-checked row by row, see docs/catalogs.md",
            Iso27002v2022AnnexBTable.Pairs());
}
