namespace Isms.Core.Monitoring;

/// <summary>
/// Where an evidence artefact is (a URI: a document store, a ticket, an object in a bucket, a file) and the SHA-256
/// digest of its content, so that an auditor can tell the artefact reviewed is the one accepted.
/// <para>ISO/IEC 27001:2022 clause 7.5.3 (documented information protected from loss of integrity).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ArtefactReference
{
    /// <summary>Where the artefact is: an absolute URI.</summary>
    /// <exception cref="IsmsException">The URI is relative (code <c>ISMS-CORE-012</c>).</exception>
    public required Uri Location { get; init => field = Check.AbsoluteUri(value, "ArtefactReference.Location"); }

    /// <summary>The SHA-256 digest of the artefact's content: 64 hexadecimal digits, kept in lower case.</summary>
    /// <exception cref="IsmsException">Not 64 hexadecimal digits (code <c>ISMS-CORE-007</c>).</exception>
    public required string Sha256 { get; init => field = Check.Sha256(value, "ArtefactReference.Sha256"); }

    /// <summary>The media type, e.g. <c>text/csv</c> or <c>application/pdf</c>, when known.</summary>
    public string? MediaType { get; init => field = Check.OptionalText(value, "ArtefactReference.MediaType"); }
}
