using System.Collections.Frozen;

namespace Isms.Oscal;

/// <summary>The root member names of the OSCAL models, as the documents spell them.</summary>
/// <threadsafety>This type holds constants only and is thread-safe.</threadsafety>
public static class OscalModels
{
    /// <summary>A catalog of controls (<c>catalog</c>).</summary>
    public const string Catalog = "catalog";

    /// <summary>A profile: a selection and tailoring of catalog controls (<c>profile</c>).</summary>
    public const string Profile = "profile";

    /// <summary>A component definition (<c>component-definition</c>).</summary>
    public const string ComponentDefinition = "component-definition";

    /// <summary>A system security plan (<c>system-security-plan</c>).</summary>
    public const string SystemSecurityPlan = "system-security-plan";

    /// <summary>An assessment plan (<c>assessment-plan</c>).</summary>
    public const string AssessmentPlan = "assessment-plan";

    /// <summary>Assessment results (<c>assessment-results</c>).</summary>
    public const string AssessmentResults = "assessment-results";

    /// <summary>A plan of action and milestones (<c>plan-of-action-and-milestones</c>).</summary>
    public const string PlanOfActionAndMilestones = "plan-of-action-and-milestones";

    /// <summary>A mapping collection (OSCAL 1.2's control mapping model, <c>mapping-collection</c>).</summary>
    public const string MappingCollection = "mapping-collection";

    /// <summary>Every model's root name.</summary>
    internal static FrozenSet<string> RootNames { get; } = FrozenSet.ToFrozenSet(
        [Catalog, Profile, ComponentDefinition, SystemSecurityPlan, AssessmentPlan, AssessmentResults, PlanOfActionAndMilestones, MappingCollection],
        StringComparer.Ordinal);
}
