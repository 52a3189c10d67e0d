using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Isms.Core.Catalogs;

/// <summary>
/// A correspondence from the controls of one catalog to the controls of another, as a list of
/// <see cref="ControlMappingPair"/>s (many-to-one and one-to-many allowed), with lookups both ways and the transition
/// of a Statement of Applicability. The built-in one is <see cref="AnnexAMapping.Iso27001_2013_To_2022"/>; a vendor
/// can build one between its own catalogs (e.g. SOC 2 to ISO/IEC 27001:2022).
/// <para>ISO/IEC 27002:2022 Annex B.</para>
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ControlCatalogMapping
{
    private readonly Dictionary<ControlId, ImmutableArray<ControlId>> _targetsBySource;
    private readonly Dictionary<ControlId, ImmutableArray<ControlId>> _sourcesByTarget;

    /// <summary>Creates a mapping; every pair must name controls of the two catalogs and appear once.</summary>
    /// <param name="id">A stable id, e.g. <c>iso27001-2013-to-2022</c>.</param>
    /// <param name="source">The catalog mapped from.</param>
    /// <param name="target">The catalog mapped to.</param>
    /// <param name="provenance">Where the pairs were taken from.</param>
    /// <param name="pairs">The pairs, in the order to keep.</param>
    /// <exception cref="IsmsException">
    /// <see cref="CatalogErrorCodes.MappingToUnknownControl"/> or <see cref="CatalogErrorCodes.DuplicateMappingPair"/>.
    /// </exception>
    public ControlCatalogMapping(string id, ControlCatalog source, ControlCatalog target, string provenance, IEnumerable<ControlMappingPair> pairs)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.Null(source);
        Guard.Against.Null(target);
        Guard.Against.NullOrWhiteSpace(provenance);
        Guard.Against.Null(pairs);
        Id = id;
        Source = source;
        Target = target;
        Provenance = provenance;
        Pairs = [.. pairs];

        var seen = new HashSet<ControlMappingPair>();
        var bySource = new Dictionary<ControlId, List<ControlId>>();
        var byTarget = new Dictionary<ControlId, List<ControlId>>();
        for (var i = 0; i < Pairs.Length; i++)
        {
            var pair = Pairs[i];
            var at = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Pairs[{i}]");
            if (!source.Contains(pair.Source))
            {
                throw Fault.Of(
                    CatalogErrorCodes.MappingToUnknownControl,
                    $"Mapping '{id}': source control '{pair.Source}' is not in catalog '{source.Id}'.",
                    nameof(ControlCatalogMapping),
                    id,
                    at + ".Source",
                    pair.Source.Value);
            }

            if (!target.Contains(pair.Target))
            {
                throw Fault.Of(
                    CatalogErrorCodes.MappingToUnknownControl,
                    $"Mapping '{id}': target control '{pair.Target}' is not in catalog '{target.Id}'.",
                    nameof(ControlCatalogMapping),
                    id,
                    at + ".Target",
                    pair.Target.Value);
            }

            if (!seen.Add(pair))
            {
                throw Fault.Of(
                    CatalogErrorCodes.DuplicateMappingPair,
                    $"Mapping '{id}' lists the pair '{pair.Source}' -> '{pair.Target}' twice.",
                    nameof(ControlCatalogMapping),
                    id,
                    at,
                    $"{pair.Source} -> {pair.Target}");
            }

            Add(bySource, pair.Source, pair.Target);
            Add(byTarget, pair.Target, pair.Source);
        }

        _targetsBySource = bySource.ToDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray());
        _sourcesByTarget = byTarget.ToDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray());
    }

    /// <summary>The mapping's stable id.</summary>
    public string Id { get; }

    /// <summary>The catalog mapped from.</summary>
    public ControlCatalog Source { get; }

    /// <summary>The catalog mapped to.</summary>
    public ControlCatalog Target { get; }

    /// <summary>Where the pairs were taken from.</summary>
    public string Provenance { get; }

    /// <summary>The pairs, in order.</summary>
    public ImmutableArray<ControlMappingPair> Pairs { get; }

    /// <summary>The source controls that map to no target control, in source catalog order.</summary>
    public ImmutableArray<CatalogControl> UnmappedSources => Source.Where(c => !_targetsBySource.ContainsKey(c.Id));

    /// <summary>The target controls no source control maps to, in target catalog order.</summary>
    public ImmutableArray<CatalogControl> TargetsWithoutSource => Target.Where(c => !_sourcesByTarget.ContainsKey(c.Id));

    /// <summary>The target controls a source control maps to (empty when it maps nowhere).</summary>
    /// <param name="sourceId">A control of the source catalog, e.g. <c>A.12.6.1</c>.</param>
    /// <exception cref="IsmsException"><see cref="CatalogErrorCodes.UnknownControl"/>: not a control of the source catalog.</exception>
    public ImmutableArray<ControlId> TargetsOf(ControlId sourceId)
    {
        RequireIn(Source, sourceId, "source");
        return _targetsBySource.TryGetValue(sourceId, out var targets) ? targets : [];
    }

    /// <summary>The source controls that map to a target control (empty for a control new in the target).</summary>
    /// <param name="targetId">A control of the target catalog, e.g. <c>8.8</c>.</param>
    /// <exception cref="IsmsException"><see cref="CatalogErrorCodes.UnknownControl"/>: not a control of the target catalog.</exception>
    public ImmutableArray<ControlId> SourcesOf(ControlId targetId)
    {
        RequireIn(Target, targetId, "target");
        return _sourcesByTarget.TryGetValue(targetId, out var sources) ? sources : [];
    }

    /// <summary>
    /// What a Statement of Applicability on the source catalog becomes on the target catalog: given the source controls
    /// the organisation had applicable, the target controls they map to, the target controls whose predecessors were all
    /// excluded, and the target controls without predecessor. Every target control is in exactly one list.
    /// <para>ISO/IEC 27001:2022 clause 6.1.3 d.</para>
    /// </summary>
    /// <param name="applicableSources">The source control ids decided applicable (duplicates are ignored).</param>
    /// <exception cref="IsmsException"><see cref="CatalogErrorCodes.UnknownControl"/>: an id that is not in the source catalog.</exception>
    public CatalogTransition Transition(IEnumerable<ControlId> applicableSources)
    {
        Guard.Against.Null(applicableSources);
        var applicable = new HashSet<ControlId>();
        foreach (var id in applicableSources)
        {
            RequireIn(Source, id, "source");
            applicable.Add(id);
        }

        var carried = ImmutableArray.CreateBuilder<TransitionedControl>();
        var excluded = ImmutableArray.CreateBuilder<TransitionedControl>();
        var fresh = ImmutableArray.CreateBuilder<CatalogControl>();
        foreach (var control in Target.Controls)
        {
            if (!_sourcesByTarget.TryGetValue(control.Id, out var sources))
            {
                fresh.Add(control);
                continue;
            }

            var applicableOnes = sources.Where(applicable.Contains).ToImmutableArray();
            (applicableOnes.IsEmpty ? excluded : carried).Add(new TransitionedControl(control, applicableOnes, sources));
        }

        return new CatalogTransition(carried.ToImmutable(), excluded.ToImmutable(), fresh.ToImmutable());
    }

    /// <summary>Returns the mapping's id and size.</summary>
    public override string ToString() => $"{Source.Name} -> {Target.Name} ({Pairs.Length} pairs)";

    private static void Add(Dictionary<ControlId, List<ControlId>> index, ControlId key, ControlId value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(value);
    }

    private static void RequireIn(ControlCatalog catalog, ControlId id, string role)
    {
        if (id.Value is null || !catalog.Contains(id))
        {
            throw Fault.Of(
                CatalogErrorCodes.UnknownControl,
                $"Control '{id}' is not a control of the {role} catalog '{catalog.Id}'.",
                nameof(ControlCatalog),
                catalog.Id,
                value: id.Value);
        }
    }
}
