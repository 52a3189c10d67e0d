using Isms.Serialization.Storage;
using NodaTime;

namespace Isms.Marten;

/// <summary>One row of the deadline read model: something a tenant must do by a date, and the document it comes from.</summary>
/// <param name="Tenant">The tenant id.</param>
/// <param name="Document">The document the item comes from (the ISMS or a certification record).</param>
/// <param name="Kind">What kind of item: one of <see cref="DueItemKinds"/>.</param>
/// <param name="Reference">The item's id within the document (a risk id, an action id, a deadline kind).</param>
/// <param name="DueOn">The day it is due.</param>
/// <param name="Title">What is due, for a person.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record StoredDueItem(string Tenant, DocumentKey Document, string Kind, string Reference, LocalDate DueOn, string Title);
