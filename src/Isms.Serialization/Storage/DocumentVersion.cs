using Ardalis.GuardClauses;

namespace Isms.Serialization.Storage;

/// <summary>
/// The version of a stored document (an entity tag): the SHA-256 of its bytes, so any process computes the same
/// version for the same content. A save states the version it replaces; <see cref="None"/> means "no document yet".
/// </summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly record struct DocumentVersion
{
    /// <summary>Creates a version from its entity tag (as returned by <see cref="ETag"/>).</summary>
    /// <param name="etag">The entity tag; empty for <see cref="None"/>.</param>
    public DocumentVersion(string etag)
    {
        Guard.Against.Null(etag);
        _etag = etag.Length == 0 ? null : etag;
    }

    private readonly string? _etag;

    /// <summary>No stored document: a save stating this version creates the document and fails if one exists.</summary>
    public static DocumentVersion None { get; } = new(string.Empty);

    /// <summary>The entity tag: lowercase hexadecimal SHA-256 of the stored bytes, or empty for <see cref="None"/>.</summary>
    public string ETag => _etag ?? string.Empty;

    /// <summary>True for <see cref="None"/>.</summary>
    public bool IsNone => ETag.Length == 0;

    /// <summary>The version of a document with these bytes.</summary>
    public static DocumentVersion Of(ReadOnlySpan<byte> content) =>
        new(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)));

    /// <summary>The entity tag, or <c>none</c>.</summary>
    public override string ToString() => IsNone ? "none" : ETag;
}
