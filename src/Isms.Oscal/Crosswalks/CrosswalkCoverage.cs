using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Core;
using Isms.Core.Applicability;
using Isms.Core.Controls;

namespace Isms.Oscal.Crosswalks;

/// <summary>
/// What an ISMS covers of a target framework through a crosswalk: one <see cref="TargetCoverage"/> per target control,
/// from the Statement of Applicability's decisions, implementation status and the applied controls' effectiveness.
/// </summary>
/// <remarks>
/// <para>A related ISO control is <em>in place</em> when the SoA decides it applicable, its status is Implemented and
/// its applied controls are not all recorded NotEffective or Retired; <em>partly in place</em> when it is applicable and
/// PartiallyImplemented, or Implemented but not effective.</para>
/// <para>A target control is <see cref="CoverageStatus.Covered"/> when a related ISO control with a full relationship
/// (<see cref="FullRelationships"/>: equal and superset by default) is in place; <see cref="CoverageStatus.NotApplicable"/>
/// when every related ISO control is excluded; <see cref="CoverageStatus.Partial"/> when some related control is in
/// place or partly in place; <see cref="CoverageStatus.NotCovered"/> otherwise, and when no ISO control relates to it.
/// Weaker relationships (subset, intersects) never make a target covered: they are listed in
/// <see cref="TargetCoverage.ForReview"/>.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CrosswalkCoverage
{
    /// <summary>The relationships that count as full coverage unless the caller says otherwise: equal and superset.</summary>
    public static readonly ImmutableArray<CrosswalkRelationship> DefaultFullRelationships = [CrosswalkRelationship.Equal, CrosswalkRelationship.Superset];

    private CrosswalkCoverage(Crosswalk crosswalk, ImmutableArray<CrosswalkRelationship> full, ImmutableArray<TargetCoverage> targets)
    {
        Crosswalk = crosswalk;
        FullRelationships = full;
        Targets = targets;
    }

    /// <summary>The crosswalk the coverage was computed through.</summary>
    public Crosswalk Crosswalk { get; }

    /// <summary>The relationships counted as full coverage.</summary>
    public ImmutableArray<CrosswalkRelationship> FullRelationships { get; }

    /// <summary>One coverage per target control, in the target's order.</summary>
    public ImmutableArray<TargetCoverage> Targets { get; }

    /// <summary>The number of target controls with the status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int Count(CoverageStatus status) => Targets.Count(t => t.Status == status);

    /// <summary>Computes the coverage of the target framework by the ISMS, with equal and superset as full relationships.</summary>
    /// <param name="isms">The ISMS (its Statement of Applicability and applied controls).</param>
    /// <param name="crosswalk">A crosswalk from ISO/IEC 27001 Annex A (the SoA's catalog) to the target.</param>
    /// <returns>The coverage.</returns>
    public static CrosswalkCoverage Compute(InformationSecurityManagementSystem isms, Crosswalk crosswalk) =>
        Compute(isms, crosswalk, DefaultFullRelationships);

    /// <summary>Computes the coverage of the target framework by the ISMS.</summary>
    /// <param name="isms">The ISMS.</param>
    /// <param name="crosswalk">A crosswalk from the SoA's catalog to the target.</param>
    /// <param name="fullRelationships">The relationships that count as full coverage (a vendor may count fewer, never silently more).</param>
    /// <returns>The coverage.</returns>
    public static CrosswalkCoverage Compute(InformationSecurityManagementSystem isms, Crosswalk crosswalk, IEnumerable<CrosswalkRelationship> fullRelationships)
    {
        Guard.Against.Null(isms);
        Guard.Against.Null(crosswalk);
        ImmutableArray<CrosswalkRelationship> full = [.. Guard.Against.Null(fullRelationships).Distinct()];
        var soa = isms.StatementOfApplicability;
        var targets = ImmutableArray.CreateBuilder<TargetCoverage>(crosswalk.TargetControls.Length);
        foreach (var target in crosswalk.TargetControls)
        {
            var support = crosswalk.EntriesFor(target)
                .Where(e => e.Relationship != CrosswalkRelationship.NotRelated)
                .Select(e => Support(isms, soa, e))
                .ToImmutableArray();
            var status =
                support.Any(s => s.InPlace && full.Contains(s.Entry.Relationship)) ? CoverageStatus.Covered
                : support.Length > 0 && support.All(s => s.Decided && !s.Applicable) ? CoverageStatus.NotApplicable
                : support.Any(s => s.InPlace || s.PartlyInPlace) ? CoverageStatus.Partial
                : CoverageStatus.NotCovered;
            var review = support.Where(s => (s.InPlace || s.PartlyInPlace) && !full.Contains(s.Entry.Relationship)).ToImmutableArray();
            targets.Add(new TargetCoverage(target, status, support, review));
        }

        return new CrosswalkCoverage(crosswalk, full, targets.MoveToImmutable());
    }

    private static CoverageSupport Support(InformationSecurityManagementSystem isms, StatementOfApplicability? soa, CrosswalkEntry entry)
    {
        if (soa is null || !soa.TryGetDecision(entry.Source, out var decision))
        {
            return new CoverageSupport(entry, false, false, null, false);
        }

        if (!decision.Applicable)
        {
            return new CoverageSupport(entry, true, false, null, false);
        }

        var applied = decision.AppliedControls.Where(isms.AppliedControls.Contains).Select(a => isms.AppliedControls[a]).ToList();
        var effective = applied.Count == 0 || applied.Any(a => a.Status is not (ControlStatus.NotEffective or ControlStatus.Retired));
        return new CoverageSupport(entry, true, true, decision.Status, effective);
    }
}
