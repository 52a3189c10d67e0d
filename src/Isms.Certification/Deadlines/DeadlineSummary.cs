namespace Isms.Certification.Deadlines;

/// <summary>Deadline counts over many records (<see cref="Lifecycle.CertificationLifecycle.Summarize"/>).</summary>
/// <param name="Total">Deadlines evaluated.</param>
/// <param name="Due">Deadlines within their due window.</param>
/// <param name="Overdue">Deadlines past their due date.</param>
/// <param name="RecordsWithOverdue">Records with at least one overdue deadline.</param>
/// <threadsafety>This type is an immutable value type; instances are safe to share between threads.</threadsafety>
public readonly record struct DeadlineSummary(int Total, int Due, int Overdue, int RecordsWithOverdue);
