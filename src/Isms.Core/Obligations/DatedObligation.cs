using NodaTime;

namespace Isms.Core.Obligations;

/// <summary>Something the ISMS records as due by a date: an expiring risk acceptance, an open treatment action, an
/// incomplete corrective action or a document review.</summary>
/// <param name="Kind">The kind of record it comes from.</param>
/// <param name="Reference">The record's id, e.g. <c>T-04</c>, or <c>NC-002/CA-1</c> for a corrective action.</param>
/// <param name="Title">What is due, in words.</param>
/// <param name="DueOn">The last day on which it is met.</param>
/// <param name="Owner">Who must act, when the record names someone.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record DatedObligation(DatedObligationKind Kind, string Reference, string Title, LocalDate DueOn, PersonId? Owner);
