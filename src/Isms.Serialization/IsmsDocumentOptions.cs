using Ardalis.GuardClauses;

namespace Isms.Serialization;

/// <summary>
/// Limits and choices for reading and writing documents. The defaults are safe for untrusted input and generous
/// for real ISMS data (an ISMS with 50,000 risks is about 20 MB).
/// </summary>
/// <remarks>Every limit is checked before the model is built, so a hostile document is rejected with
/// bounded work and memory (about the document's size).</remarks>
/// <threadsafety>Set the properties before handing the options to <see cref="IsmsDocumentSerializer"/>, which copies
/// them; the instance is not synchronised.</threadsafety>
public sealed class IsmsDocumentOptions
{
    /// <summary>The default for <see cref="MaxDepth"/>: 64.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default for <see cref="MaxDocumentBytes"/>: 256 MiB.</summary>
    public const long DefaultMaxDocumentBytes = 256L * 1024 * 1024;

    /// <summary>The default for <see cref="MaxItemsPerCollection"/>: 1,000,000.</summary>
    public const int DefaultMaxItemsPerCollection = 1_000_000;

    /// <summary>The default for <see cref="MaxStringBytes"/>: 1 MiB.</summary>
    public const int DefaultMaxStringBytes = 1024 * 1024;

    private int _maxDepth = DefaultMaxDepth;
    private long _maxDocumentBytes = DefaultMaxDocumentBytes;
    private int _maxItems = DefaultMaxItemsPerCollection;
    private int _maxStringBytes = DefaultMaxStringBytes;
    private Isms.Certification.Lifecycle.CertificationBodyPolicy? _certificationBodyPolicy;

    /// <summary>The deepest nesting of objects and arrays allowed (the root object is depth 1). 1 to 1,000.</summary>
    public int MaxDepth
    {
        get => _maxDepth;
        set => _maxDepth = Guard.Against.OutOfRange(value, nameof(MaxDepth), 1, 1000);
    }

    /// <summary>The largest document accepted, in bytes. At least 1 KiB, at most 2 GiB.</summary>
    public long MaxDocumentBytes
    {
        get => _maxDocumentBytes;
        set => _maxDocumentBytes = Guard.Against.OutOfRange(value, nameof(MaxDocumentBytes), 1024L, int.MaxValue);
    }

    /// <summary>The most items one array (or members one object) may hold. At least 1.</summary>
    public int MaxItemsPerCollection
    {
        get => _maxItems;
        set => _maxItems = Guard.Against.OutOfRange(value, nameof(MaxItemsPerCollection), 1, int.MaxValue);
    }

    /// <summary>The longest string value or member name accepted, in bytes of the JSON text. At least 16.</summary>
    public int MaxStringBytes
    {
        get => _maxStringBytes;
        set => _maxStringBytes = Guard.Against.OutOfRange(value, nameof(MaxStringBytes), 16, int.MaxValue);
    }

    /// <summary>
    /// The certification body's policy a bare <see cref="Isms.Certification.Lifecycle.CertificationRecord"/> is written with
    /// (a <c>certification-record</c> document stores the policy its history is replayed under). Null, the default, means
    /// <see cref="Isms.Certification.Lifecycle.CertificationBodyPolicy.Default"/>. Writing checks that the record replays
    /// under it. Reading never uses it: a document is always replayed under the policy it stores. To write or read the
    /// policy with the record, use <see cref="CertificationRecordDocument"/>.
    /// </summary>
    /// <exception cref="Isms.Certification.CertificationException">The policy is out of range (<c>ISMS-CERT-006</c>).</exception>
    public Isms.Certification.Lifecycle.CertificationBodyPolicy? CertificationBodyPolicy
    {
        get => _certificationBodyPolicy;
        set
        {
            value?.Validate();
            _certificationBodyPolicy = value;
        }
    }

    /// <summary>Write indented JSON (two spaces, <c>\n</c> line ends) so documents diff well in version control. Default true.</summary>
    public bool WriteIndented { get; set; } = true;

    /// <summary>A copy with every option of this one (options added later included): what the serializer keeps, and
    /// what a host changes when it must not touch the caller's instance.</summary>
    public IsmsDocumentOptions Clone() => (IsmsDocumentOptions)MemberwiseClone();
}
