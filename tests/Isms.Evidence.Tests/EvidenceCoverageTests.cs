using Isms.Certification.Deadlines;
using Isms.Core.Catalogs;
using static Isms.Evidence.Tests.EvidenceTestData;

namespace Isms.Evidence.Tests;

public sealed class EvidenceCoverageTests
{
    private static ControlCoverage Of(EvidenceCoverage coverage, string control) => coverage.Controls.Single(c => c.Control == new ControlId(control));

    [Fact]
    public void Each_control_is_current_expiring_missing_or_not_applicable()
    {
        var isms = Sample(
            Item("EV1", D(2026, 1, 1), D(2026, 3, 31), validUntil: D(2026, 12, 31), controls: ["5.1"]),
            Item("EV2", D(2026, 1, 1), D(2026, 3, 31), validUntil: D(2026, 4, 20), controls: ["6.3"]),
            Item("EV3", D(2026, 1, 1), D(2026, 3, 31), accepted: false, controls: ["8.13"]),
            Item("EV4", D(2025, 1, 1), D(2025, 3, 31), validUntil: D(2025, 12, 31), controls: ["7.4"]));

        var coverage = EvidenceCoverage.Of(isms, D(2026, 4, 1));

        Assert.Equal(EvidenceStatus.Current, Of(coverage, "5.1").Status);
        Assert.Equal(D(2026, 12, 31), Of(coverage, "5.1").CurrentUntil);
        Assert.Equal(EvidenceStatus.Expiring, Of(coverage, "6.3").Status);
        Assert.Equal(EvidenceStatus.Missing, Of(coverage, "8.13").Status);
        Assert.Equal([new Isms.Core.EvidenceItemId("EV3")], Of(coverage, "8.13").Evidence);
        Assert.Empty(Of(coverage, "8.13").Current);
        Assert.Equal(EvidenceStatus.NotApplicable, Of(coverage, "7.4").Status);
        Assert.Equal(new ThemeCoverage("Organizational", 1, 0, 1, 0), coverage.Themes.Single(t => t.Theme == "Organizational"));
        Assert.Equal(new ThemeCoverage("Physical", 0, 0, 0, 1), coverage.Themes.Single(t => t.Theme == "Physical"));
    }

    [Fact]
    public void Evidence_of_an_applied_control_supports_every_annex_a_control_it_implements()
    {
        var isms = Sample(Item("EV1", D(2026, 1, 1), D(2026, 3, 31), controls: [], applied: ["AC1"]));
        var coverage = EvidenceCoverage.Of(isms, D(2026, 4, 1));
        Assert.Equal(EvidenceStatus.Current, Of(coverage, "5.15").Status);
        Assert.Equal(EvidenceStatus.Current, Of(coverage, "8.5").Status);
        Assert.Null(Of(coverage, "8.5").CurrentUntil);
    }

    [Fact]
    public void Evidence_is_current_from_its_period_start_to_its_last_valid_day_inclusive()
    {
        var isms = Sample(Item("EV1", D(2024, 2, 29), D(2024, 2, 29), validUntil: D(2024, 12, 31), controls: ["5.1"]));
        Assert.Equal(EvidenceStatus.Missing, Of(EvidenceCoverage.Of(isms, D(2024, 2, 28)), "5.1").Status);
        Assert.NotEqual(EvidenceStatus.Missing, Of(EvidenceCoverage.Of(isms, D(2024, 2, 29)), "5.1").Status);
        Assert.NotEqual(EvidenceStatus.Missing, Of(EvidenceCoverage.Of(isms, D(2024, 12, 31)), "5.1").Status);
        Assert.Equal(EvidenceStatus.Missing, Of(EvidenceCoverage.Of(isms, D(2025, 1, 1)), "5.1").Status);
    }

    [Fact]
    public void The_next_audit_moves_the_expiry_horizon()
    {
        var isms = Sample(Item("EV1", D(2026, 1, 1), D(2026, 3, 31), validUntil: D(2026, 9, 30), controls: ["5.1"]));
        Assert.Equal(EvidenceStatus.Current, Of(EvidenceCoverage.Of(isms, D(2026, 4, 1)), "5.1").Status);
        var audit = new EvidenceOptions { NextAudit = new UpcomingAudit(DeadlineKind.Surveillance, D(2026, 10, 15)) };
        var coverage = EvidenceCoverage.Of(isms, D(2026, 4, 1), audit);
        Assert.Equal(EvidenceStatus.Expiring, Of(coverage, "5.1").Status);
        Assert.Equal(audit.NextAudit, coverage.NextAudit);
        Assert.Equal("surveillance audit due by 2026-10-15", audit.NextAudit!.Description);
    }
}
