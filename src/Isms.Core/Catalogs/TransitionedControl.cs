using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Isms.Core.Catalogs;

/// <summary>
/// A control of the target catalog in a <see cref="CatalogTransition"/>, with the source controls it came from.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class TransitionedControl
{
    /// <summary>Creates a transitioned control.</summary>
    /// <param name="control">The target control (e.g. ISO/IEC 27001:2022 <c>5.17</c>).</param>
    /// <param name="applicableSources">Its source controls that were applicable (e.g. <c>A.9.2.4</c>, <c>A.9.4.3</c>).</param>
    /// <param name="allSources">All its source controls according to the mapping, applicable or not.</param>
    public TransitionedControl(CatalogControl control, ImmutableArray<ControlId> applicableSources, ImmutableArray<ControlId> allSources)
    {
        Control = Guard.Against.Null(control);
        ApplicableSources = applicableSources.IsDefault ? [] : applicableSources;
        AllSources = allSources.IsDefault ? [] : allSources;
    }

    /// <summary>The target control.</summary>
    public CatalogControl Control { get; }

    /// <summary>Its source controls that were applicable, in mapping order.</summary>
    public ImmutableArray<ControlId> ApplicableSources { get; }

    /// <summary>All its source controls according to the mapping, in mapping order.</summary>
    public ImmutableArray<ControlId> AllSources { get; }

    /// <summary>Returns e.g. <c>5.17 &lt;- A.9.2.4, A.9.4.3 (of 3)</c>.</summary>
    public override string ToString() =>
        $"{Control.Id} <- {string.Join(", ", ApplicableSources)} (of {AllSources.Length})";
}
