using System.Collections.Immutable;
using NodaTime;

namespace Isms.Samples.GrcHost.DueList;

/// <summary>The due list of one organisation as of a day: overdue items first, then by due date.</summary>
/// <param name="Key">The organisation's key in the store (its document name without the suffix).</param>
/// <param name="Name">The organisation's legal name.</param>
/// <param name="AsOf">The day the job evaluated.</param>
/// <param name="Certification">The certification state and certificate, in words; null when no record is kept.</param>
/// <param name="Items">The due items.</param>
public sealed record OrganisationDueList(string Key, string Name, LocalDate AsOf, string? Certification, ImmutableArray<DueItem> Items)
{
    /// <summary>The number of overdue items.</summary>
    public int OverdueCount => Items.Count(i => i.Status == DueStatus.Overdue);

    /// <summary>The number of items due within the window.</summary>
    public int DueSoonCount => Items.Count(i => i.Status == DueStatus.DueSoon);
}
