using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core.Catalogs;
using Isms.Core.Catalogs.Attributes;

namespace Isms.Core.Tests.Catalogs;

/// <summary>Arbitraries over the built-in catalogs.</summary>
public static class CatalogArbitraries
{
    public static Arbitrary<AttributeQuery> Query() =>
        (from types in Gen.Elements(0, 1, 2, 4, 3, 6)
         from properties in Gen.Choose(0, 0b111)
         from concepts in Gen.Elements(0, 1, 2, 4, 8, 16, 6)
         from capabilityA in Gen.Choose(0, 14)
         from capabilityB in Gen.Choose(0, 14)
         from useCapability in Gen.Elements(0, 1, 2)
         from domains in Gen.Elements(0, 1, 2, 4, 8, 3, 6)
         select new AttributeQuery
         {
             ControlTypes = (ControlTypes)types,
             Properties = (InformationSecurityProperties)properties,
             Concepts = (CybersecurityConcepts)concepts,
             Capabilities = useCapability switch
             {
                 0 => OperationalCapabilities.None,
                 1 => (OperationalCapabilities)(1 << capabilityA),
                 _ => (OperationalCapabilities)((1 << capabilityA) | (1 << capabilityB)),
             },
             Domains = (SecurityDomains)domains,
         }).ToArbitrary();

    public static Arbitrary<ControlId[]> Applicable2013() =>
        Gen.SubListOf(AnnexA.Iso27001_2013.Controls.Select(c => c.Id).ToArray())
            .Select(list => list.ToArray())
            .ToArbitrary();
}

public sealed class CatalogProperties
{
    private static readonly ControlCatalogMapping Mapping = AnnexAMapping.Iso27001_2013_To_2022;

    [Property]
    public bool Mapping_lookups_both_ways_are_inverse(byte sourceIndex, byte targetIndex)
    {
        var source = AnnexA.Iso27001_2013.Controls[sourceIndex % 114].Id;
        var target = AnnexA.Iso27001_2022.Controls[targetIndex % 93].Id;

        return Mapping.TargetsOf(source).Contains(target) == Mapping.SourcesOf(target).Contains(source)
            && Mapping.TargetsOf(source).Contains(target) == Mapping.Pairs.Contains(new ControlMappingPair(source, target));
    }

    [Property(Arbitrary = [typeof(CatalogArbitraries)])]
    public bool Filtering_by_attribute_returns_exactly_the_controls_carrying_those_values(AttributeQuery query)
    {
        var found = AnnexA.Iso27001_2022.WithAttributes(query);
        var expected = AnnexA.Iso27001_2022.Controls.Where(c =>
            c.Attributes!.ControlTypes.HasFlag(query.ControlTypes)
            && c.Attributes.Properties.HasFlag(query.Properties)
            && c.Attributes.Concepts.HasFlag(query.Concepts)
            && c.Attributes.Capabilities.HasFlag(query.Capabilities)
            && c.Attributes.Domains.HasFlag(query.Domains));

        return found.SequenceEqual(expected);
    }

    [Property(Arbitrary = [typeof(CatalogArbitraries)])]
    public bool Adding_a_value_to_a_query_never_finds_more_controls(AttributeQuery query, byte domainBit)
    {
        var narrower = query with { Domains = query.Domains | (SecurityDomains)(1 << (domainBit % 4)) };

        var wide = AnnexA.Iso27001_2022.WithAttributes(query);
        var narrow = AnnexA.Iso27001_2022.WithAttributes(narrower);

        return narrow.All(wide.Contains) && narrow.Length <= wide.Length;
    }

    [Property(Arbitrary = [typeof(CatalogArbitraries)])]
    public bool A_transition_puts_every_2022_control_in_exactly_one_list(ControlId[] applicable)
    {
        var transition = Mapping.Transition(applicable);
        var ids = transition.Applicable.Select(t => t.Control.Id)
            .Concat(transition.PreviouslyNotApplicable.Select(t => t.Control.Id))
            .Concat(transition.WithoutPredecessor.Select(c => c.Id))
            .ToList();

        return ids.Count == 93
            && ids.Distinct().Count() == 93
            && transition.WithoutPredecessor.Length == 11
            && transition.Applicable.All(t => t.ApplicableSources.Length > 0 && t.ApplicableSources.All(applicable.Contains))
            && transition.PreviouslyNotApplicable.All(t => t.AllSources.All(s => !applicable.Contains(s)));
    }

    [Property(Arbitrary = [typeof(CatalogArbitraries)])]
    public bool A_transition_carries_exactly_the_successors_of_the_applicable_controls(ControlId[] applicable)
    {
        var carried = Mapping.Transition(applicable).Applicable.Select(t => t.Control.Id).ToHashSet();
        var successors = applicable.SelectMany(id => Mapping.TargetsOf(id)).ToHashSet();

        return carried.SetEquals(successors);
    }

    [Property]
    public bool Hashtag_names_read_back_to_the_same_value(byte bits)
    {
        var capabilities = (OperationalCapabilities)(1 << (bits % 15));
        var name = Iso27002Hashtags.Names(capabilities).Single();

        return Iso27002Hashtags.TryParse("#" + name.ToUpperInvariant(), out OperationalCapabilities parsed) && parsed == capabilities;
    }
}
