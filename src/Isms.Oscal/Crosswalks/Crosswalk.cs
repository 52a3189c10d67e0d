using System.Collections.Frozen;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Isms.Core.Catalogs;

namespace Isms.Oscal.Crosswalks;

/// <summary>
/// A mapping from the controls of one framework (the source, e.g. ISO/IEC 27001:2022 Annex A) to those of another (the
/// target, e.g. NIST CSF 2.0): typed relationships with rationales, the target's control ids, and where the mapping
/// came from and under which licence. <see cref="CrosswalkSets"/> holds the shipped ones; <see cref="OscalMappingReader"/>
/// reads a user's OSCAL mapping collection.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Crosswalk
{
    private readonly FrozenDictionary<ControlId, ImmutableArray<CrosswalkEntry>> _byTarget;

    /// <summary>Creates a crosswalk.</summary>
    /// <param name="id">A stable id, e.g. <c>iso27001-2022-to-csf-2.0</c>.</param>
    /// <param name="source">The source framework's name.</param>
    /// <param name="target">The target framework's name.</param>
    /// <param name="targetControls">Every control of the target, in its order: coverage reports one row each (those without an entry are not covered).</param>
    /// <param name="entries">The entries; each target must be one of <paramref name="targetControls"/>, each pair once.</param>
    /// <param name="provenance">Where the entries come from.</param>
    /// <param name="licence">The licence of the entries (an SPDX id where there is one).</param>
    /// <exception cref="ArgumentException">An argument is empty, an entry names a target not in the list, or a pair is given twice.</exception>
    public Crosswalk(string id, string source, string target, IEnumerable<ControlId> targetControls, IEnumerable<CrosswalkEntry> entries, string provenance, string licence)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Source = Guard.Against.NullOrWhiteSpace(source);
        Target = Guard.Against.NullOrWhiteSpace(target);
        Provenance = Guard.Against.NullOrWhiteSpace(provenance);
        Licence = Guard.Against.NullOrWhiteSpace(licence);
        TargetControls = [.. Guard.Against.Null(targetControls).Distinct()];
        Entries = [.. Guard.Against.Null(entries)];
        var targets = TargetControls.ToHashSet();
        var pairs = new HashSet<(ControlId, ControlId)>();
        foreach (var entry in Entries)
        {
            Guard.Against.Null(entry, nameof(entries));
            if (!targets.Contains(entry.Target))
            {
                throw new ArgumentException($"Crosswalk '{id}': the target '{entry.Target}' of '{entry.Source}' is not a control of {target}.", nameof(entries));
            }

            if (!pairs.Add((entry.Source, entry.Target)))
            {
                throw new ArgumentException($"Crosswalk '{id}' maps '{entry.Source}' to '{entry.Target}' twice.", nameof(entries));
            }
        }

        _byTarget = Entries.GroupBy(e => e.Target).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
    }

    /// <summary>The crosswalk's stable id.</summary>
    public string Id { get; }

    /// <summary>The source framework.</summary>
    public string Source { get; }

    /// <summary>The target framework.</summary>
    public string Target { get; }

    /// <summary>Every control of the target, in its order.</summary>
    public ImmutableArray<ControlId> TargetControls { get; }

    /// <summary>The entries, in order.</summary>
    public ImmutableArray<CrosswalkEntry> Entries { get; }

    /// <summary>Where the entries come from.</summary>
    public string Provenance { get; }

    /// <summary>The licence of the entries.</summary>
    public string Licence { get; }

    /// <summary>The entries whose target is <paramref name="target"/> (empty when none maps to it).</summary>
    /// <param name="target">A target control.</param>
    /// <returns>The entries, in order.</returns>
    public ImmutableArray<CrosswalkEntry> EntriesFor(ControlId target) => _byTarget.TryGetValue(target, out var entries) ? entries : [];

    /// <summary>Returns the crosswalk's id and size.</summary>
    public override string ToString() => $"{Source} -> {Target} ({Entries.Length} entries)";
}
