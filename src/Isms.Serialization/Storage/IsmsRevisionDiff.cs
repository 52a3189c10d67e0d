using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Core;

namespace Isms.Serialization.Storage;

/// <summary>
/// What changed in an ISMS between two revisions, for an auditor's "what changed since Stage 2": the Statement of
/// Applicability's decisions (by Annex A control), the risks and the documented information (by id). Entries compare by
/// value, so any change of an entry (a status, a justification, a risk's assessment, a document's version) shows.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class IsmsRevisionDiff
{
    private IsmsRevisionDiff(DocumentRevision? from, DocumentRevision? to, ImmutableArray<IsmsChange> soa, ImmutableArray<IsmsChange> risks, ImmutableArray<IsmsChange> documents)
    {
        From = from;
        To = to;
        SoaDecisions = soa;
        Risks = risks;
        Documents = documents;
    }

    /// <summary>The earlier revision, when the diff was made from stored revisions.</summary>
    public DocumentRevision? From { get; }

    /// <summary>The later revision, when the diff was made from stored revisions.</summary>
    public DocumentRevision? To { get; }

    /// <summary>SoA decisions added, removed or changed, by control id, in ordinal order.</summary>
    public ImmutableArray<IsmsChange> SoaDecisions { get; }

    /// <summary>Risks added, removed or changed, by risk id, in ordinal order.</summary>
    public ImmutableArray<IsmsChange> Risks { get; }

    /// <summary>Documented information added, removed or changed, by document id, in ordinal order.</summary>
    public ImmutableArray<IsmsChange> Documents { get; }

    /// <summary>True when none of the three areas changed.</summary>
    public bool IsEmpty => SoaDecisions.IsEmpty && Risks.IsEmpty && Documents.IsEmpty;

    /// <summary>Compares two stored revisions of an ISMS.</summary>
    /// <param name="from">The earlier revision.</param>
    /// <param name="to">The later revision.</param>
    public static IsmsRevisionDiff Compare(StoredRevision<InformationSecurityManagementSystem> from, StoredRevision<InformationSecurityManagementSystem> to)
    {
        Guard.Against.Null(from);
        Guard.Against.Null(to);
        return Compare(from.Document, to.Document, from.Revision, to.Revision);
    }

    /// <summary>Compares two ISMS models.</summary>
    /// <param name="from">The earlier ISMS.</param>
    /// <param name="to">The later ISMS.</param>
    public static IsmsRevisionDiff Compare(InformationSecurityManagementSystem from, InformationSecurityManagementSystem to) => Compare(from, to, null, null);

    private static IsmsRevisionDiff Compare(InformationSecurityManagementSystem from, InformationSecurityManagementSystem to, DocumentRevision? fromRevision, DocumentRevision? toRevision)
    {
        Guard.Against.Null(from);
        Guard.Against.Null(to);
        var soa = Changes(
            (from.StatementOfApplicability?.Decisions ?? []).Select(d => (d.Control.Value, (object)d)),
            (to.StatementOfApplicability?.Decisions ?? []).Select(d => (d.Control.Value, (object)d)));
        var risks = Changes(from.Risks.Scenarios.Select(r => (r.Id.Value, (object)r)), to.Risks.Scenarios.Select(r => (r.Id.Value, (object)r)));
        var documents = Changes(from.Documents.Select(d => (d.Id.Value, (object)d)), to.Documents.Select(d => (d.Id.Value, (object)d)));
        return new IsmsRevisionDiff(fromRevision, toRevision, soa, risks, documents);
    }

    private static ImmutableArray<IsmsChange> Changes(IEnumerable<(string Id, object Entry)> before, IEnumerable<(string Id, object Entry)> after)
    {
        var old = before.ToDictionary(e => e.Id, e => e.Entry, StringComparer.Ordinal);
        var now = after.ToDictionary(e => e.Id, e => e.Entry, StringComparer.Ordinal);
        var changes = new List<IsmsChange>();
        foreach (var id in old.Keys.Union(now.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var inOld = old.TryGetValue(id, out var a);
            var inNow = now.TryGetValue(id, out var b);
            if (!inOld)
            {
                changes.Add(new IsmsChange(id, IsmsChangeKind.Added));
            }
            else if (!inNow)
            {
                changes.Add(new IsmsChange(id, IsmsChangeKind.Removed));
            }
            else if (!Equals(a, b))
            {
                changes.Add(new IsmsChange(id, IsmsChangeKind.Changed));
            }
        }

        return [.. changes];
    }
}
