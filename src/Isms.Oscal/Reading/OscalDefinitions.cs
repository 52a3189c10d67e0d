using System.Collections.Frozen;

namespace Isms.Oscal.Reading;

/// <summary>The definitions of the OSCAL document models, by key, and the definition of each model's root object.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal static partial class OscalDefinitions
{
    /// <summary>Every definition by its key.</summary>
    public static FrozenDictionary<string, OscalDefinition> ByKey { get; } = Table().ToFrozenDictionary(d => d.Key, StringComparer.Ordinal);

    /// <summary>The root definition of each model this reading supports, by the model's root name.</summary>
    public static FrozenDictionary<string, OscalDefinition> Roots { get; } = new Dictionary<string, OscalDefinition>(StringComparer.Ordinal)
    {
        [OscalModels.Catalog] = ByKey["catalog:catalog"],
        [OscalModels.Profile] = ByKey["profile:profile"],
        [OscalModels.ComponentDefinition] = ByKey["component-definition:component-definition"],
        [OscalModels.SystemSecurityPlan] = ByKey["ssp:system-security-plan"],
        [OscalModels.AssessmentPlan] = ByKey["ap:assessment-plan"],
        [OscalModels.AssessmentResults] = ByKey["ar:assessment-results"],
        [OscalModels.PlanOfActionAndMilestones] = ByKey["poam:plan-of-action-and-milestones"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private const OscalDatatype Markup = OscalDatatype.Markup;
    private const OscalDatatype String = OscalDatatype.String;
    private const OscalDatatype Token = OscalDatatype.Token;
    private const OscalDatatype Uuid = OscalDatatype.Uuid;
    private const OscalDatatype Uri = OscalDatatype.Uri;
    private const OscalDatatype UriReference = OscalDatatype.UriReference;
    private const OscalDatatype DateTimeWithTimezone = OscalDatatype.DateTimeWithTimezone;
    private const OscalDatatype Date = OscalDatatype.Date;
    private const OscalDatatype NonNegativeInteger = OscalDatatype.NonNegativeInteger;
    private const OscalDatatype PositiveInteger = OscalDatatype.PositiveInteger;
    private const OscalDatatype Boolean = OscalDatatype.Boolean;
    private const OscalDatatype Base64 = OscalDatatype.Base64;
    private const OscalDatatype Email = OscalDatatype.Email;

    private static OscalDefinition D(string key, string name, string[] required, params OscalMemberRule[] members) => new(key, name, required, members);

    private static OscalMemberRule S(string name, OscalDatatype type, params string[] values) =>
        new(name, OscalShape.Scalar, type, null, values.Length == 0 ? null : values);

    private static OscalMemberRule SA(string name, OscalDatatype type) => new(name, OscalShape.ScalarArray, type, null, null);

    private static OscalMemberRule O(string name, string definition) => new(name, OscalShape.Object, Markup, definition, null);

    private static OscalMemberRule A(string name, string definition) => new(name, OscalShape.ObjectArray, Markup, definition, null);
}
