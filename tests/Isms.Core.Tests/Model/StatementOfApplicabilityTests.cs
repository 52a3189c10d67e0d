using Isms.Core.Applicability;
using Isms.Core.Catalogs;
using Isms.Core.Tests.TestData;

namespace Isms.Core.Tests.Model;

public class StatementOfApplicabilityTests
{
    [Fact]
    public void A_decision_for_a_control_not_in_the_catalog_is_rejected_naming_the_control()
    {
        var error = Assert.Throws<IsmsException>(() => new StatementOfApplicability(
            TestIsms.Catalog,
            [SoaDecision.Include(new ControlId("9.9"), ImplementationStatus.Implemented, InclusionReason.BestPractice)]));
        Assert.Equal(IsmsErrorCodes.ControlNotInCatalog, error.Code);
        Assert.Contains("9.9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_control_decided_twice_is_rejected()
    {
        var decision = SoaDecision.Include(new ControlId("5.1"), ImplementationStatus.Implemented, InclusionReason.BestPractice);
        var error = Assert.Throws<IsmsException>(() => new StatementOfApplicability(TestIsms.Catalog, [decision, decision]));
        Assert.Equal(IsmsErrorCodes.DuplicateDecision, error.Code);
    }

    [Fact]
    public void An_exclusion_without_reason_is_rejected()
    {
        var decision = new SoaDecision { Control = new ControlId("7.4"), Applicable = false };
        var error = Assert.Throws<IsmsException>(() => new StatementOfApplicability(TestIsms.Catalog, [decision]));
        Assert.Equal(IsmsErrorCodes.InvalidExclusion, error.Code);
        Assert.Contains("7.4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exclusion_without_narrative_is_rejected()
    {
        var error = Assert.Throws<IsmsException>(() => SoaDecision.Exclude(new ControlId("7.4"), ExclusionReason.OutsideScope, ""));
        Assert.Equal(IsmsErrorCodes.RequiredText, error.Code);
    }

    [Fact]
    public void Decisions_are_kept_in_catalog_order_and_undecided_controls_are_listed()
    {
        var soa = new StatementOfApplicability(
            TestIsms.Catalog,
            [
                SoaDecision.Include(new ControlId("8.5"), ImplementationStatus.Implemented, InclusionReason.BestPractice),
                SoaDecision.Include(new ControlId("5.1"), ImplementationStatus.Implemented, InclusionReason.BestPractice),
            ]);
        Assert.Equal(["5.1", "8.5"], soa.Decisions.Select(d => d.Control.Value));
        Assert.Equal(["5.15", "6.3", "7.4", "8.13"], soa.Undecided.Select(c => c.Id.Value));
        Assert.False(soa.IsComplete);
        Assert.True(TestIsms.CompleteSoa().IsComplete);
    }

    [Fact]
    public void The_diff_between_two_versions_lists_added_removed_and_changed_decisions()
    {
        var older = new StatementOfApplicability(
            TestIsms.Catalog,
            [
                SoaDecision.Include(new ControlId("5.1"), ImplementationStatus.Implemented, InclusionReason.BestPractice),
                SoaDecision.Include(new ControlId("5.15"), ImplementationStatus.Planned, InclusionReason.BestPractice),
                SoaDecision.Include(new ControlId("6.3"), ImplementationStatus.Implemented, InclusionReason.BestPractice),
            ]);
        var newer = older
            .WithoutDecision(new ControlId("6.3"))
            .WithDecision(SoaDecision.Include(new ControlId("5.15"), ImplementationStatus.Implemented, InclusionReason.BestPractice))
            .WithDecision(SoaDecision.Exclude(new ControlId("7.4"), ExclusionReason.ActivityNotPerformed, "No premises."));
        var diff = newer.DiffFrom(older);
        Assert.Equal(["7.4"], diff.Added.Select(d => d.Control.Value));
        Assert.Equal(["6.3"], diff.Removed.Select(d => d.Control.Value));
        var change = Assert.Single(diff.Changed);
        Assert.Equal("5.15", change.After.Control.Value);
        Assert.True(change.StatusChanged);
        Assert.True(SoaDiff.Between(older, older).IsEmpty);
    }
}
