namespace Isms.Serialization.Storage;

/// <summary>How an entry differs between two revisions of an ISMS.</summary>
public enum IsmsChangeKind
{
    /// <summary>In the later revision only.</summary>
    Added,

    /// <summary>In the earlier revision only.</summary>
    Removed,

    /// <summary>In both, with different content.</summary>
    Changed,
}
