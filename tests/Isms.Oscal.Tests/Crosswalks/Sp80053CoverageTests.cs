using Isms.Core.Applicability;
using Isms.Core.Catalogs;
using Isms.Core.Tests.TestData;
using Isms.Oscal.Crosswalks;

namespace Isms.Oscal.Tests.Crosswalks;

/// <summary>
/// Coverage of SP 800-53 rev5 through the shipped crosswalk, computed by hand for the small ready ISMS: its SoA decides
/// six Annex A controls (5.1, 5.15, 6.3, 8.5 implemented; 8.13 made partly implemented here; 7.4 excluded).
/// </summary>
public sealed class Sp80053CoverageTests
{
    [Fact]
    public void Coverage_of_SP_800_53_matches_the_hand_computed_counts_and_rows()
    {
        var builder = ReadyIsms.Builder();
        builder.StatementOfApplicability = builder.StatementOfApplicability!.WithDecision(
            SoaDecision.Include(new ControlId("8.13"), ImplementationStatus.PartiallyImplemented, InclusionReason.BestPractice));
        var isms = builder.Build();

        var coverage = CrosswalkCoverage.Compute(isms, CrosswalkSets.Iso27001ToSp80053r5);

        // By hand, from the crosswalk's rows for the six decided controls:
        // covered: at-2, at-3 (6.3 superset), ac-7, ia-6 (8.5 superset) = 4;
        // not applicable: pe-6 (only 7.4, excluded) = 1;
        // partial: the 18 family policies and pm-1 (5.1 subset / intersects), ac-3, ac-6 (5.15 intersects),
        //          ia-2, ia-8, ac-8, ac-12 (8.5 intersects), cp-9 (8.13 superset but partly implemented) = 26;
        // not covered: the other 299 - 31 = 268.
        Assert.Equal((4, 1, 26, 268), (coverage.Count(CoverageStatus.Covered), coverage.Count(CoverageStatus.NotApplicable), coverage.Count(CoverageStatus.Partial), coverage.Count(CoverageStatus.NotCovered)));
        Assert.Equal(
            [
                ("ac-1", CoverageStatus.Partial, "5.1", "5.1"),
                ("ac-3", CoverageStatus.Partial, "5.15;8.3", "5.15"),
                ("ac-5", CoverageStatus.NotCovered, "5.3", ""),
                ("ac-7", CoverageStatus.Covered, "8.5", ""),
                ("at-2", CoverageStatus.Covered, "6.3", ""),
                ("cp-9", CoverageStatus.Partial, "8.13", ""),
                ("pe-6", CoverageStatus.NotApplicable, "7.4", ""),
                ("ra-3", CoverageStatus.NotCovered, "", ""),
            ],
            new[] { "ac-1", "ac-3", "ac-5", "ac-7", "at-2", "cp-9", "pe-6", "ra-3" }.Select(id => coverage.Targets.Single(t => t.Target.Value == id)).Select(t =>
                (t.Target.Value, t.Status, string.Join(';', t.Support.Select(s => s.Control.Value)), string.Join(';', t.ForReview.Select(s => s.Control.Value)))));
    }
}
