namespace Isms.Serialization.Storage;

/// <summary>One entry of an <see cref="IsmsRevisionDiff"/>: which entry (by its id) and how it changed.</summary>
/// <param name="Id">The entry's id: the Annex A control of an SoA decision, a risk id, a document id.</param>
/// <param name="Kind">Added, removed or changed.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record IsmsChange(string Id, IsmsChangeKind Kind);
