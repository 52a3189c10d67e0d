using Isms.Serialization.Storage;
using NodaTime;

namespace Isms.AspNetCore;

/// <summary>What a save returns: the new revision, <c>{"revision":2,"etag":"2-9f...","savedBy":"alice","savedAt":"...","contentHash":"..."}</c>
/// (the <c>ETag</c> header carries the same tag, quoted).</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record DocumentRevisionContract
{
    /// <summary>The revision number: 1 for a new document, one more for every save.</summary>
    public required long Revision { get; init; }

    /// <summary>The entity tag (unquoted) to state in <c>If-Match</c> when saving a change of this revision.</summary>
    public required string ETag { get; init; }

    /// <summary>Who saved it: the signed-in user, or the host's anonymous name.</summary>
    public required string SavedBy { get; init; }

    /// <summary>When it was saved.</summary>
    public required Instant SavedAt { get; init; }

    /// <summary>The lowercase hexadecimal SHA-256 of the stored bytes.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The contract of a stored revision.</summary>
    /// <param name="revision">The revision.</param>
    /// <returns>The contract.</returns>
    public static DocumentRevisionContract From(DocumentRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return new() { Revision = revision.Number, ETag = revision.ETag, SavedBy = revision.SavedBy, SavedAt = revision.SavedAt, ContentHash = revision.ContentHash };
    }
}
