using NodaTime;

namespace Isms.Samples.GrcHost.DueList;

/// <summary>What the due-list job looks for.</summary>
public sealed class DueListOptions
{
    /// <summary>How far ahead "due soon" reaches. Default 30 days.</summary>
    public Period Window { get; set; } = Period.FromDays(30);
}
