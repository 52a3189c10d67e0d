namespace Isms.Samples.GrcHost.DueList;

/// <summary>Where a due item stands on the day the job runs.</summary>
public enum DueStatus
{
    /// <summary>The due date has passed.</summary>
    Overdue,

    /// <summary>Due today or within the look-ahead window (<see cref="DueListOptions.Window"/>).</summary>
    DueSoon,
}
