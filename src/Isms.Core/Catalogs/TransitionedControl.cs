using System.Collections.Immutable;

namespace Isms.Core.Catalogs;

/// <summary>
/// A control of the target catalog in a <see cref="CatalogTransition"/>, with the source controls it came from.
/// </summary>
/// <param name="Control">The target control (e.g. ISO/IEC 27001:2022 <c>5.17</c>).</param>
/// <param name="ApplicableSources">Its source controls that were applicable (e.g. <c>A.9.2.4</c>, <c>A.9.4.3</c>).</param>
/// <param name="AllSources">All its source controls according to the mapping, applicable or not.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record TransitionedControl(
    CatalogControl Control,
    ImmutableArray<ControlId> ApplicableSources,
    ImmutableArray<ControlId> AllSources);
