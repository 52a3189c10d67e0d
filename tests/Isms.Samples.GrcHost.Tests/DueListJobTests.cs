using Isms.Certification.Lifecycle;
using Isms.Samples.GrcHost.DueList;
using Isms.Samples.GrcHost.SampleData;
using Isms.Samples.GrcHost.Tenants;
using NodaTime;
using NodaTime.Testing;

namespace Isms.Samples.GrcHost.Tests;

/// <summary>The daily job on the three sample organisations, as of a fixed date with known due items.</summary>
public sealed class DueListJobTests
{
    internal static readonly LocalDate AsOf = new(2026, 11, 30);

    private static readonly CertificationLifecycle Lifecycle = new(new FakeClock(Instant.FromUtc(2026, 11, 30, 6, 0)));

    internal static IReadOnlyList<OrganisationRecords> Fixture { get; } = SampleTenants.Create(Lifecycle);

    [Fact]
    public void The_bank_has_a_lapsed_acceptance_one_expiring_soon_and_a_policy_review_due()
    {
        var list = Run()[0];

        Assert.Equal("Harbour Bank plc", list.Name);
        Assert.Equal(
            [
                (DueKind.RiskAcceptance, "R-B05", DueStatus.Overdue, new LocalDate(2026, 10, 31)),
                (DueKind.RiskAcceptance, "R-B03", DueStatus.DueSoon, new LocalDate(2026, 12, 15)),
                (DueKind.DocumentReview, "DOC-B02", DueStatus.DueSoon, new LocalDate(2026, 12, 20)),
            ],
            NonCertification(list));
        Assert.Equal(30, list.Items.Single(i => i.Reference == "R-B05").DaysLate);
        Assert.Equal("Sanjay Patel", list.Items.Single(i => i.Reference == "R-B05").Owner);
    }

    [Fact]
    public void The_retailer_is_late_on_a_treatment_action_a_corrective_action_and_a_procedure_review()
    {
        var list = Run()[1];

        Assert.Equal("Cartwheel Commerce GmbH", list.Name);
        Assert.Equal(
            [
                (DueKind.DocumentReview, "DOC-E03", DueStatus.Overdue, new LocalDate(2026, 9, 30)),
                (DueKind.TreatmentAction, "T-E02", DueStatus.Overdue, new LocalDate(2026, 10, 31)),
                (DueKind.CorrectiveAction, "NC-E01/CA-1", DueStatus.Overdue, new LocalDate(2026, 11, 15)),
                (DueKind.DocumentReview, "DOC-E04", DueStatus.DueSoon, new LocalDate(2026, 12, 1)),
                (DueKind.RiskAcceptance, "R-E03", DueStatus.DueSoon, new LocalDate(2026, 12, 10)),
                (DueKind.TreatmentAction, "T-E01", DueStatus.DueSoon, new LocalDate(2026, 12, 18)),
            ],
            NonCertification(list));
    }

    [Fact]
    public void The_data_centre_has_two_documents_past_review_and_overdue_actions()
    {
        var list = Run()[2];

        Assert.Equal("Northgate Data Centres Ltd", list.Name);
        Assert.Equal(
            [
                (DueKind.DocumentReview, "DOC-D02", DueStatus.Overdue, new LocalDate(2026, 6, 30)),
                (DueKind.DocumentReview, "DOC-D03", DueStatus.Overdue, new LocalDate(2026, 8, 31)),
                (DueKind.TreatmentAction, "T-D01", DueStatus.Overdue, new LocalDate(2026, 9, 30)),
                (DueKind.RiskAcceptance, "R-D02", DueStatus.Overdue, new LocalDate(2026, 11, 1)),
                (DueKind.CorrectiveAction, "NC-D01/CA-1", DueStatus.Overdue, new LocalDate(2026, 11, 1)),
                (DueKind.TreatmentAction, "T-D02", DueStatus.DueSoon, new LocalDate(2026, 12, 10)),
            ],
            NonCertification(list));
    }

    [Fact]
    public void Certification_deadlines_come_from_each_record_as_of_the_day()
    {
        var lists = Run();

        // Bank: decision 2023-12-18, so the certificate expires 2026-12-18 and the recertification audit (CB policy:
        // 60 days before expiry) was due 2026-10-19.
        Assert.Contains(lists[0].Items, i => i is { Kind: DueKind.Certification, Reference: "Expiry", Status: DueStatus.DueSoon } && i.DueOn == new LocalDate(2026, 12, 18));
        Assert.Contains(lists[0].Items, i => i is { Kind: DueKind.Certification, Reference: "RecertificationAudit", Status: DueStatus.Overdue, DaysLate: 42 });
        Assert.Contains(lists[1].Items, i => i is { Kind: DueKind.Certification, Reference: "Surveillance", Status: DueStatus.DueSoon });
        Assert.Contains(lists[2].Items, i => i is { Kind: DueKind.Certification, Reference: "Stage2Window", Status: DueStatus.DueSoon } && i.DueOn == new LocalDate(2026, 12, 5));
        Assert.StartsWith("Active, certificate DE-ISMS-22-5521", lists[1].Certification, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_are_listed_overdue_first_then_by_due_date()
    {
        foreach (var list in Run())
        {
            var keys = list.Items.Select(i => (i.Status, i.DueOn)).ToList();
            Assert.Equal(keys.OrderBy(k => k.Status).ThenBy(k => k.DueOn), keys);
        }
    }

    [Fact]
    public void A_zero_window_lists_only_what_is_overdue_or_due_today()
    {
        var lists = new DueListJob(new InMemoryOrganisationSource(Fixture), Lifecycle, new DueListOptions { Window = Period.Zero }).Run(AsOf);

        Assert.All(lists.SelectMany(l => l.Items), i => Assert.True(i.DueOn <= AsOf, $"{i.Reference} due {i.DueOn}"));
        Assert.Contains(lists.SelectMany(l => l.Items), i => i.Reference == "T-D01");
    }

    [Fact]
    public void Completed_actions_never_appear_whatever_their_due_date()
    {
        var all = Run().SelectMany(l => l.Items).Select(i => i.Reference).ToList();

        Assert.DoesNotContain("T-B01", all);
        Assert.DoesNotContain("NC-B01/CA-1", all);
    }

    [Fact]
    public void A_year_later_every_sample_item_is_overdue()
    {
        var later = new DueListJob(new InMemoryOrganisationSource(Fixture), Lifecycle, new DueListOptions()).Run(AsOf.PlusYears(1));

        Assert.All(later.SelectMany(l => l.Items).Where(i => i.Kind != DueKind.Certification && i.DueOn < AsOf.PlusYears(1)), i => Assert.Equal(DueStatus.Overdue, i.Status));
    }

    internal static IReadOnlyList<OrganisationDueList> Run() =>
        new DueListJob(new InMemoryOrganisationSource(Fixture), Lifecycle, new DueListOptions()).Run(AsOf);

    private static List<(DueKind, string, DueStatus, LocalDate)> NonCertification(OrganisationDueList list) =>
        [.. list.Items.Where(i => i.Kind != DueKind.Certification).Select(i => (i.Kind, i.Reference, i.Status, i.DueOn))];
}
