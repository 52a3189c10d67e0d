using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Isms.Core.Applicability;

/// <summary>
/// The difference between two versions of a Statement of Applicability: decisions added, removed and changed.
/// <para>ISO/IEC 27001:2022 clause 7.5.3 c (control of changes).</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[ValueEquality]
public sealed partial record SoaDiff
{
    private SoaDiff(ImmutableArray<SoaDecision> added, ImmutableArray<SoaDecision> removed, ImmutableArray<SoaDecisionChange> changed)
    {
        Added = added;
        Removed = removed;
        Changed = changed;
    }

    /// <summary>Decisions only in the newer version.</summary>
    public ImmutableArray<SoaDecision> Added { get; }

    /// <summary>Decisions only in the older version.</summary>
    public ImmutableArray<SoaDecision> Removed { get; }

    /// <summary>Decisions in both versions that differ.</summary>
    public ImmutableArray<SoaDecisionChange> Changed { get; }

    /// <summary>True when the versions hold the same decisions.</summary>
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && Changed.IsEmpty;

    /// <summary>Compares two versions.</summary>
    /// <param name="older">The older version.</param>
    /// <param name="newer">The newer version.</param>
    public static SoaDiff Between(StatementOfApplicability older, StatementOfApplicability newer)
    {
        Guard.Against.Null(older);
        Guard.Against.Null(newer);
        var added = newer.Decisions.Where(d => !older.TryGetDecision(d.Control, out _)).ToImmutableArray();
        var removed = older.Decisions.Where(d => !newer.TryGetDecision(d.Control, out _)).ToImmutableArray();
        var changed = older.Decisions
            .Select(before => newer.TryGetDecision(before.Control, out var after) && !before.Equals(after)
                ? new SoaDecisionChange(before, after)
                : null)
            .OfType<SoaDecisionChange>()
            .ToImmutableArray();
        return new SoaDiff(added, removed, changed);
    }
}
