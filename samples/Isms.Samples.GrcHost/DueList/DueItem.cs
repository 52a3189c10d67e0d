using NodaTime;

namespace Isms.Samples.GrcHost.DueList;

/// <summary>One thing an organisation must do by a date.</summary>
/// <param name="Kind">The kind of record it comes from.</param>
/// <param name="Reference">The record's id, e.g. <c>T-04</c> or <c>NC-002/CA-1</c>.</param>
/// <param name="Title">What is due, in words.</param>
/// <param name="DueOn">The last day on which it is met.</param>
/// <param name="Status">Overdue or due soon, as of the day the job ran.</param>
/// <param name="Owner">Who must act, when the record names someone.</param>
/// <param name="DaysLate">Days past <paramref name="DueOn"/> (negative: days left).</param>
public sealed record DueItem(DueKind Kind, string Reference, string Title, LocalDate DueOn, DueStatus Status, string? Owner, int DaysLate);
