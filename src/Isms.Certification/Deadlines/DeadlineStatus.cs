namespace Isms.Certification.Deadlines;

/// <summary>Where a deadline stands on the day asked about.</summary>
public enum DeadlineStatus
{
    /// <summary>Not yet in its due window.</summary>
    Upcoming = 0,

    /// <summary>Within <see cref="Lifecycle.CertificationBodyPolicy.DueWindowDays"/> of the due date, or on it.</summary>
    Due = 1,

    /// <summary>The due date has passed.</summary>
    Overdue = 2,
}
