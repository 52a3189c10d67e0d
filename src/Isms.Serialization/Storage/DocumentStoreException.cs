using Isms.Core;

namespace Isms.Serialization.Storage;

/// <summary>
/// A store operation failed for a reason other than bad content: a stale save (<see cref="DocumentErrorCodes.VersionConflict"/>),
/// a lock not taken in time (<see cref="DocumentErrorCodes.LockTimeout"/>), a missing document
/// (<see cref="DocumentErrorCodes.DocumentNotFound"/>). Bad content throws <see cref="IsmsDocumentException"/>.
/// </summary>
/// <threadsafety>Instances are immutable once thrown.</threadsafety>
public class DocumentStoreException : IsmsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">One of the <c>ISMS-STORE-*</c> codes of <see cref="DocumentErrorCodes"/>.</param>
    /// <param name="filePath">The document's file path.</param>
    /// <param name="message">What happened.</param>
    /// <param name="expectedVersion">The version the save stated, when relevant.</param>
    /// <param name="actualVersion">The version stored, when relevant.</param>
    public DocumentStoreException(string code, string filePath, string message, DocumentVersion? expectedVersion = null, DocumentVersion? actualVersion = null)
        : base(new IsmsError(code, $"{code} {filePath}: {message}") { EntityKind = "Document", Value = filePath })
    {
        FilePath = filePath;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>The document's file path (<see cref="DocumentFileStore"/>), or <c>TENANT/KIND/NAME</c> for an
    /// <see cref="IIsmsDocumentStore"/> (never a server's absolute path, so the message can be shown to a client).</summary>
    public string FilePath { get; }

    /// <summary>The version the save stated (for <see cref="DocumentErrorCodes.VersionConflict"/>).</summary>
    public DocumentVersion? ExpectedVersion { get; }

    /// <summary>The version found in the store (for <see cref="DocumentErrorCodes.VersionConflict"/>).</summary>
    public DocumentVersion? ActualVersion { get; }
}
