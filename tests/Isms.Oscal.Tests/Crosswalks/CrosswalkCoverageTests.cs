using Isms.Core;
using Isms.Core.Applicability;
using Isms.Core.Catalogs;
using Isms.Core.Controls;
using Isms.Core.Tests.TestData;
using Isms.Oscal.Crosswalks;

namespace Isms.Oscal.Tests.Crosswalks;

/// <summary>
/// Coverage computed by hand on a small fixture: five target controls, each reached through a different mix of
/// relationships and SoA decisions, compared with what <see cref="CrosswalkCoverage"/> computes.
/// </summary>
public sealed class CrosswalkCoverageTests
{
    // The ISMS (ReadyIsms, on TestIsms.Catalog) decides: the fixture changes four decisions of that SoA.
    private static readonly ControlId[] Ids = [.. TestIsms.Catalog.Controls.Take(5).Select(c => c.Id)];

    [Fact]
    public void Coverage_matches_the_hand_computed_table()
    {
        var (a, b, c, d, e) = (Ids[0], Ids[1], Ids[2], Ids[3], Ids[4]);
        var builder = ReadyIsms.Builder();
        var soa = builder.StatementOfApplicability!;
        soa = soa.WithDecision(SoaDecision.Include(a, ImplementationStatus.Implemented, InclusionReason.BestPractice));
        soa = soa.WithDecision(SoaDecision.Include(b, ImplementationStatus.PartiallyImplemented, InclusionReason.BestPractice));
        soa = soa.WithDecision(SoaDecision.Exclude(c, ExclusionReason.OutsideScope, "No such activity"));
        soa = soa.WithDecision(SoaDecision.Include(d, ImplementationStatus.Implemented, InclusionReason.BestPractice));
        builder.StatementOfApplicability = soa;
        var isms = builder.Build();
        var crosswalk = new Crosswalk("fixture", "Fixture source", "Fixture target", [T("T1"), T("T2"), T("T3"), T("T4"), T("T5")],
        [
            Entry(a, "T1", CrosswalkRelationship.Superset),     // a in place, full: covered
            Entry(d, "T2", CrosswalkRelationship.Intersects),   // d in place but weak: partial, d for review
            Entry(b, "T3", CrosswalkRelationship.Equal),        // b partly in place, full: partial
            Entry(c, "T4", CrosswalkRelationship.Equal),        // c excluded, the only one: not applicable
            Entry(d, "T5", CrosswalkRelationship.NotRelated),   // not related is left out: nothing supports T5
        ], "hand-made", "CC0-1.0");

        var coverage = CrosswalkCoverage.Compute(isms, crosswalk);

        Assert.Equal(
            [
                ("T1", CoverageStatus.Covered, new[] { a }, Array.Empty<ControlId>()),
                ("T2", CoverageStatus.Partial, [d], [d]),
                ("T3", CoverageStatus.Partial, [b], []),
                ("T4", CoverageStatus.NotApplicable, [c], []),
                ("T5", CoverageStatus.NotCovered, [], []),
            ],
            coverage.Targets.Select(t => (t.Target.Value, t.Status, t.Support.Select(s => s.Control).ToArray(), t.ForReview.Select(s => s.Control).ToArray())));
        Assert.Equal((1, 2, 1, 1), (coverage.Count(CoverageStatus.Covered), coverage.Count(CoverageStatus.Partial), coverage.Count(CoverageStatus.NotApplicable), coverage.Count(CoverageStatus.NotCovered)));
    }

    [Fact]
    public void A_weak_relationship_counts_as_full_only_when_the_caller_says_so()
    {
        var isms = ReadyIsms.Create();
        var inPlace = isms.StatementOfApplicability!.Applicable.First(d => d.Status == ImplementationStatus.Implemented && d.AppliedControls.All(a => isms.AppliedControls[a].Status == ControlStatus.Implemented)).Control;
        var crosswalk = new Crosswalk("weak", "S", "T", [T("T1")], [Entry(inPlace, "T1", CrosswalkRelationship.Intersects)], "hand-made", "CC0-1.0");

        Assert.Equal(CoverageStatus.Partial, CrosswalkCoverage.Compute(isms, crosswalk).Targets[0].Status);
        Assert.Equal(CoverageStatus.Covered, CrosswalkCoverage.Compute(isms, crosswalk, [CrosswalkRelationship.Equal, CrosswalkRelationship.Superset, CrosswalkRelationship.Intersects]).Targets[0].Status);
    }

    [Fact]
    public void An_implemented_control_whose_applied_controls_are_not_effective_is_only_partly_in_place()
    {
        var builder = ReadyIsms.Builder();
        var applied = builder.AppliedControls.First();
        var decision = SoaDecision.Include(applied.Implements[0], ImplementationStatus.Implemented, InclusionReason.BestPractice) with { AppliedControls = [applied.Id] };
        builder.StatementOfApplicability = builder.StatementOfApplicability!.WithDecision(decision);
        builder.AppliedControls = builder.AppliedControls.Replace(applied with { Status = ControlStatus.NotEffective });
        var isms = builder.Build();
        var crosswalk = new Crosswalk("x", "S", "T", [T("T1")], [Entry(decision.Control, "T1", CrosswalkRelationship.Equal)], "hand-made", "CC0-1.0");

        var target = CrosswalkCoverage.Compute(isms, crosswalk).Targets[0];

        Assert.Equal(CoverageStatus.Partial, target.Status);
        Assert.False(target.Support[0].Effective);
    }

    private static ControlId T(string id) => new(id);

    private static CrosswalkEntry Entry(ControlId source, string target, CrosswalkRelationship relationship) =>
        new(source, new ControlId(target), relationship, "fixture");
}
