using System.Collections.Immutable;

namespace Isms.Core.Catalogs;

/// <summary>
/// What a Statement of Applicability based on one catalog becomes in another (typically ISO/IEC 27001:2013 to
/// 2022): every target control falls in exactly one of three lists, in target catalog order.
/// <list type="bullet">
/// <item><see cref="Applicable"/>: receives at least one source control that was applicable; carry the decision,
/// justification and evidence over and check the (often wider) 2022 scope is covered.</item>
/// <item><see cref="PreviouslyNotApplicable"/>: has source controls, none of them applicable; re-confirm the exclusion
/// against the new control's purpose.</item>
/// <item><see cref="WithoutPredecessor"/>: no source control at all (the 11 controls new in 2022); needs a fresh
/// decision, a risk-based one, not "not previously assessed".</item>
/// </list>
/// <para>ISO/IEC 27001:2022 clause 6.1.3 d (Statement of Applicability); ISO/IEC 27002:2022 Annex B.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CatalogTransition
{
    /// <summary>Creates a transition result.</summary>
    /// <param name="applicable">Target controls reached from applicable source controls.</param>
    /// <param name="previouslyNotApplicable">Target controls whose source controls were all not applicable.</param>
    /// <param name="withoutPredecessor">Target controls no source control maps to.</param>
    public CatalogTransition(
        ImmutableArray<TransitionedControl> applicable,
        ImmutableArray<TransitionedControl> previouslyNotApplicable,
        ImmutableArray<CatalogControl> withoutPredecessor)
    {
        Applicable = applicable.IsDefault ? [] : applicable;
        PreviouslyNotApplicable = previouslyNotApplicable.IsDefault ? [] : previouslyNotApplicable;
        WithoutPredecessor = withoutPredecessor.IsDefault ? [] : withoutPredecessor;
    }

    /// <summary>Target controls that receive at least one applicable source control.</summary>
    public ImmutableArray<TransitionedControl> Applicable { get; }

    /// <summary>Target controls that have source controls, none of them applicable: confirm or revise the exclusion.</summary>
    public ImmutableArray<TransitionedControl> PreviouslyNotApplicable { get; }

    /// <summary>Target controls with no source control (new controls): a fresh decision is needed.</summary>
    public ImmutableArray<CatalogControl> WithoutPredecessor { get; }

    /// <summary>The target controls that need a decision of their own: <see cref="WithoutPredecessor"/> then <see cref="PreviouslyNotApplicable"/>.</summary>
    public ImmutableArray<CatalogControl> NeedingFreshDecision =>
        [.. WithoutPredecessor, .. PreviouslyNotApplicable.Select(t => t.Control)];

    /// <summary>Returns the size of each list.</summary>
    public override string ToString() =>
        $"{Applicable.Length} applicable, {PreviouslyNotApplicable.Length} previously not applicable, {WithoutPredecessor.Length} without predecessor";
}
