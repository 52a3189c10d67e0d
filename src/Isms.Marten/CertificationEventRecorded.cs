namespace Isms.Marten;

/// <summary>
/// One event of a certification record's history as a Marten event: the event exactly as the library writes it in a
/// <c>certification-record</c> document (<c>$.history[i]</c>), and who saved the revision that appended it.
/// </summary>
/// <param name="Event">The event's JSON text as the library wrote it (kept as text so no key is reordered).</param>
/// <param name="SavedBy">Who saved the revision that appended it.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CertificationEventRecorded(string Event, string SavedBy);
