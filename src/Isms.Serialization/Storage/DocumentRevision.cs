using NodaTime;

namespace Isms.Serialization.Storage;

/// <summary>One stored revision of a document: its number, entity tag, who saved it, when, and the hash of its bytes.</summary>
/// <param name="Number">The revision number: 1 for the first save, one more for each save after it.</param>
/// <param name="ETag">The entity tag to state when saving a change of this revision (HTTP's <c>If-Match</c>); it never
/// repeats, even for a new document created after a delete under the same key.</param>
/// <param name="SavedBy">Who saved it (the actor given to the save).</param>
/// <param name="SavedAt">When it was saved (from the store's clock).</param>
/// <param name="ContentHash">The lowercase hexadecimal SHA-256 of the document's bytes as stored.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record DocumentRevision(long Number, string ETag, string SavedBy, Instant SavedAt, string ContentHash);

/// <summary>A document loaded from an <see cref="IIsmsDocumentStore"/> with its revision.</summary>
/// <typeparam name="T">The model type.</typeparam>
/// <param name="Document">The complete, verified model.</param>
/// <param name="Revision">The revision loaded; state its <see cref="DocumentRevision.ETag"/> when saving a change.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record StoredRevision<T>(T Document, DocumentRevision Revision)
    where T : class;

/// <summary>A page of a listing and the token of the next page.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class StorePage<T>
{
    /// <summary>Creates a page.</summary>
    /// <param name="items">The items of this page, in order (copied).</param>
    /// <param name="next">The token of the next page, or null when this is the last page.</param>
    public StorePage(IEnumerable<T> items, string? next)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = [.. items];
        Next = next;
    }

    /// <summary>The items of this page, in order.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>The token to pass as <c>after</c> for the next page, or null when this is the last page.</summary>
    public string? Next { get; }
}

/// <summary>What a save or delete expects to find stored: nothing, a given revision, or anything.</summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly record struct ExpectedRevision
{
    private ExpectedRevision(string? etag, bool any)
    {
        ETag = etag;
        IsAny = any;
    }

    /// <summary>No document may exist: the save creates it (HTTP's <c>If-None-Match: *</c>).</summary>
    public static ExpectedRevision None { get; }

    /// <summary>No check: the save replaces whatever is stored (and still makes a new revision).</summary>
    public static ExpectedRevision Any { get; } = new(null, any: true);

    /// <summary>The entity tag expected, or null for <see cref="None"/> and <see cref="Any"/>.</summary>
    public string? ETag { get; }

    /// <summary>True for <see cref="Any"/>.</summary>
    public bool IsAny { get; }

    /// <summary>True for <see cref="None"/>.</summary>
    public bool IsNone => ETag is null && !IsAny;

    /// <summary>The stored revision must have this entity tag (HTTP's <c>If-Match</c>).</summary>
    /// <param name="etag">A <see cref="DocumentRevision.ETag"/>.</param>
    public static ExpectedRevision Of(string etag)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(etag);
        return new(etag, any: false);
    }

    /// <summary>The stored revision must be <paramref name="revision"/>.</summary>
    public static ExpectedRevision Of(DocumentRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return Of(revision.ETag);
    }

    /// <summary>
    /// The optimistic-concurrency rule every store applies before it writes: throws unless <paramref name="current"/>
    /// (the revision stored now, or null when nothing is) is what this expectation allows.
    /// </summary>
    /// <param name="current">The stored revision, or null when the document does not exist.</param>
    /// <param name="tenant">The tenant, for the error.</param>
    /// <param name="key">The document, for the error.</param>
    /// <exception cref="DocumentStoreException"><c>ISMS-STORE-001</c> (version conflict) with the expected and stored versions.</exception>
    public void EnsureSatisfiedBy(DocumentRevision? current, string tenant, DocumentKey key)
    {
        if (IsAny)
        {
            return;
        }

        var where = $"{tenant}/{key.Kind}/{key.Name}";
        if (IsNone && current is not null)
        {
            throw new DocumentStoreException(DocumentErrorCodes.VersionConflict, where,
                $"the save creates a new document but one exists (revision {current.Number}, ETag {current.ETag}); load it and save with its ETag",
                DocumentVersion.None, new DocumentVersion(current.ETag));
        }

        if (!IsNone && current is null)
        {
            throw new DocumentStoreException(DocumentErrorCodes.VersionConflict, where,
                $"the save expected ETag {ETag} but the document does not exist (it was deleted)",
                new DocumentVersion(ETag!), DocumentVersion.None);
        }

        if (!IsNone && current!.ETag != ETag)
        {
            throw new DocumentStoreException(DocumentErrorCodes.VersionConflict, where,
                $"the document was changed by someone else (stored ETag {current.ETag}, the save expected {ETag}); load it again, reapply the change and save",
                new DocumentVersion(ETag!), new DocumentVersion(current.ETag));
        }
    }

    /// <summary><c>none</c>, <c>any</c> or the entity tag.</summary>
    public override string ToString() => IsAny ? "any" : ETag ?? "none";
}
