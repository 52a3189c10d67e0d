using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isms.Core.Catalogs.Attributes;

namespace Isms.Core.Tests.Catalogs;

/// <summary>
/// The attribute values as ISO/IEC 27002:2022 clause 4.2 spells its hashtags: what a report prints and what a reader of
/// a spreadsheet or TSV catalog accepts.
/// </summary>
public sealed class Iso27002HashtagsTests
{
    // ISO/IEC 27002:2022 clause 4.2, in the standard's order.
    private static readonly string[] ControlTypeHashtags = ["Preventive", "Detective", "Corrective"];
    private static readonly string[] PropertyHashtags = ["Confidentiality", "Integrity", "Availability"];
    private static readonly string[] ConceptHashtags = ["Identify", "Protect", "Detect", "Respond", "Recover"];
    private static readonly string[] CapabilityHashtags =
    [
        "Governance", "Asset_management", "Information_protection", "Human_resource_security", "Physical_security",
        "System_and_network_security", "Application_security", "Secure_configuration", "Identity_and_access_management",
        "Threat_and_vulnerability_management", "Continuity", "Supplier_relationships_security", "Legal_and_compliance",
        "Information_security_event_management", "Information_security_assurance",
    ];
    private static readonly string[] DomainHashtags = ["Governance_and_Ecosystem", "Protection", "Defence", "Resilience"];

    private static T All<T>(IEnumerable<T> values)
        where T : struct, Enum =>
        (T)Enum.ToObject(typeof(T), values.Aggregate(0L, (sum, v) => sum | Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Every_value_set_prints_every_hashtag_of_the_standard_in_its_order()
    {
        Assert.Equal(ControlTypeHashtags, Iso27002Hashtags.Names(All(Iso27002Hashtags.AllControlTypes)));
        Assert.Equal(PropertyHashtags, Iso27002Hashtags.Names(All(Iso27002Hashtags.AllProperties)));
        Assert.Equal(ConceptHashtags, Iso27002Hashtags.Names(All(Iso27002Hashtags.AllConcepts)));
        Assert.Equal(CapabilityHashtags, Iso27002Hashtags.Names(All(Iso27002Hashtags.AllCapabilities)));
        Assert.Equal(DomainHashtags, Iso27002Hashtags.Names(All(Iso27002Hashtags.AllDomains)));
    }

    [Fact]
    public void The_lists_of_values_are_distinct_single_flags_in_the_standards_order()
    {
        Assert.Equal([ControlTypes.Preventive, ControlTypes.Detective, ControlTypes.Corrective], Iso27002Hashtags.AllControlTypes);
        Assert.Equal([InformationSecurityProperties.Confidentiality, InformationSecurityProperties.Integrity, InformationSecurityProperties.Availability], Iso27002Hashtags.AllProperties);
        Assert.Equal(
            [CybersecurityConcepts.Identify, CybersecurityConcepts.Protect, CybersecurityConcepts.Detect, CybersecurityConcepts.Respond, CybersecurityConcepts.Recover],
            Iso27002Hashtags.AllConcepts);
        Assert.Equal([SecurityDomains.GovernanceAndEcosystem, SecurityDomains.Protection, SecurityDomains.Defence, SecurityDomains.Resilience], Iso27002Hashtags.AllDomains);
        Assert.Equal(Enumerable.Range(0, 15).Select(i => (OperationalCapabilities)(1 << i)), Iso27002Hashtags.AllCapabilities);
    }

    [Fact]
    public void No_value_prints_no_hashtag_and_one_value_prints_its_own()
    {
        Assert.Empty(Iso27002Hashtags.Names(ControlTypes.None));
        Assert.Empty(Iso27002Hashtags.Names(InformationSecurityProperties.None));
        Assert.Empty(Iso27002Hashtags.Names(CybersecurityConcepts.None));
        Assert.Empty(Iso27002Hashtags.Names(OperationalCapabilities.None));
        Assert.Empty(Iso27002Hashtags.Names(SecurityDomains.None));
        Assert.Equal(["Detective"], Iso27002Hashtags.Names(ControlTypes.Detective));
        Assert.Equal(["Integrity", "Availability"], Iso27002Hashtags.Names(InformationSecurityProperties.Availability | InformationSecurityProperties.Integrity));
        Assert.Equal(["Protect", "Recover"], Iso27002Hashtags.Names(CybersecurityConcepts.Recover | CybersecurityConcepts.Protect));
        Assert.Equal(["Continuity"], Iso27002Hashtags.Names(OperationalCapabilities.Continuity));
        Assert.Equal(["Defence"], Iso27002Hashtags.Names(SecurityDomains.Defence));
    }

    [Fact]
    public void Every_hashtag_reads_back_as_its_value()
    {
        Assert.Equal(Iso27002Hashtags.AllControlTypes, ControlTypeHashtags.Select(n => Iso27002Hashtags.TryParse(n, out ControlTypes v) ? v : ControlTypes.None));
        Assert.Equal(Iso27002Hashtags.AllProperties, PropertyHashtags.Select(n => Iso27002Hashtags.TryParse(n, out InformationSecurityProperties v) ? v : InformationSecurityProperties.None));
        Assert.Equal(Iso27002Hashtags.AllConcepts, ConceptHashtags.Select(n => Iso27002Hashtags.TryParse(n, out CybersecurityConcepts v) ? v : CybersecurityConcepts.None));
        Assert.Equal(Iso27002Hashtags.AllCapabilities, CapabilityHashtags.Select(n => Iso27002Hashtags.TryParse(n, out OperationalCapabilities v) ? v : OperationalCapabilities.None));
        Assert.Equal(Iso27002Hashtags.AllDomains, DomainHashtags.Select(n => Iso27002Hashtags.TryParse(n, out SecurityDomains v) ? v : SecurityDomains.None));
    }

    [Theory]
    [InlineData("#Corrective")]
    [InlineData("corrective")]
    [InlineData("  #CORRECTIVE\t")]
    public void A_hashtag_is_read_ignoring_case_a_leading_hash_and_surrounding_space(string text)
    {
        Assert.True(Iso27002Hashtags.TryParse(text, out ControlTypes value));
        Assert.Equal(ControlTypes.Corrective, value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("#")]
    [InlineData("Deterrent")]
    [InlineData("Preventive,Detective")]
    [InlineData("Governance and Ecosystem")]
    public void Text_that_names_no_value_is_not_read_and_leaves_none(string? text)
    {
        Assert.False(Iso27002Hashtags.TryParse(text, out ControlTypes types));
        Assert.False(Iso27002Hashtags.TryParse(text, out SecurityDomains domains));
        Assert.Equal((ControlTypes.None, SecurityDomains.None), (types, domains));
    }

    [Fact]
    public void A_hashtag_of_another_attribute_is_not_read()
    {
        // #Governance is a capability; #Governance_and_Ecosystem a domain; #Protect a concept; #Protection a domain.
        Assert.False(Iso27002Hashtags.TryParse("Governance", out SecurityDomains _));
        Assert.False(Iso27002Hashtags.TryParse("Governance_and_Ecosystem", out OperationalCapabilities _));
        Assert.False(Iso27002Hashtags.TryParse("Protection", out CybersecurityConcepts _));
        Assert.False(Iso27002Hashtags.TryParse("Protect", out SecurityDomains _));
        Assert.False(Iso27002Hashtags.TryParse("Availability", out ControlTypes _));
        Assert.False(Iso27002Hashtags.TryParse("Preventive", out InformationSecurityProperties _));
    }

    [Property]
    public Property Any_set_of_capabilities_prints_one_hashtag_per_value_and_reads_back(int bits)
    {
        var values = (OperationalCapabilities)(bits & 0x7FFF);

        var names = Iso27002Hashtags.Names(values);
        var read = names.Aggregate(OperationalCapabilities.None, (sum, n) => Iso27002Hashtags.TryParse(n, out OperationalCapabilities v) ? sum | v : sum);

        return (names.Length == System.Numerics.BitOperations.PopCount((uint)values) && read == values).ToProperty();
    }

    [Property]
    public Property Any_set_of_concepts_prints_its_hashtags_in_the_standards_order(int bits)
    {
        var values = (CybersecurityConcepts)(bits & 0b1_1111);

        var expected = ConceptHashtags.Where((_, i) => ((int)values & (1 << i)) != 0);

        return Iso27002Hashtags.Names(values).SequenceEqual(expected).ToProperty();
    }
}
