namespace Isms.Oscal;

/// <summary>
/// Choices for <see cref="OscalExporter"/>: the names under which the exported documents reference each other (catalog
/// &lt;- profile &lt;- system security plan &lt;- assessment plan &lt;- assessment results; the POA&amp;M imports the
/// system security plan), the namespace of their UUIDs, and what OSCAL requires that an ISMS does not hold.
/// </summary>
/// <threadsafety>Set the properties before handing the options to <see cref="OscalExporter"/>, which copies them; the
/// instance is not synchronised.</threadsafety>
public sealed class OscalExportOptions
{
    /// <summary>
    /// The default <see cref="UuidNamespace"/>: a fixed version-4 UUID chosen for this library, so that two exports of the
    /// same ISMS give every element the same UUID.
    /// </summary>
    public static readonly Guid DefaultUuidNamespace = new("6c3f2f5e-8d1a-4b7e-9f45-2a9c7e1d0b38");

    /// <summary>The <c>href</c> the profile imports the catalog by. Default <c>catalog.json</c>.</summary>
    public string CatalogHref { get; set; } = "catalog.json";

    /// <summary>The <c>href</c> the system security plan imports the profile by. Default <c>profile.json</c>.</summary>
    public string ProfileHref { get; set; } = "profile.json";

    /// <summary>The <c>href</c> the assessment plan and the POA&amp;M import the system security plan by. Default <c>ssp.json</c>.</summary>
    public string SystemSecurityPlanHref { get; set; } = "ssp.json";

    /// <summary>The <c>href</c> the assessment results import the assessment plan by. Default <c>assessment-plan.json</c>.</summary>
    public string AssessmentPlanHref { get; set; } = "assessment-plan.json";

    /// <summary>The name of the assessment results document (no document imports it). Default <c>assessment-results.json</c>.</summary>
    public string AssessmentResultsHref { get; set; } = "assessment-results.json";

    /// <summary>The name of the POA&amp;M document (no document imports it). Default <c>poam.json</c>.</summary>
    public string PlanOfActionAndMilestonesHref { get; set; } = "poam.json";

    /// <summary>
    /// The namespace of the version-5 UUIDs (RFC 4122) of every document and element: each UUID is derived from this
    /// namespace and the element's path (<c>ssp/implemented-requirement/5.1</c>), so exports of the same ISMS agree and a
    /// consumer can diff them. A host serving many organisations sets one namespace per organisation. Default
    /// <see cref="DefaultUuidNamespace"/>.
    /// </summary>
    public Guid UuidNamespace { get; set; } = DefaultUuidNamespace;

    /// <summary>
    /// The <c>metadata.version</c> of documents for which the ISMS holds no version (every document but the profile and
    /// the system security plan, which carry the Statement of Applicability's version when it has one). Default <c>1.0</c>.
    /// </summary>
    public string DocumentVersion { get; set; } = "1.0";

    /// <summary>
    /// The system security plan's <c>system-characteristics.status.state</c>, which the ISMS does not hold: one of
    /// <c>operational</c>, <c>under-development</c>, <c>under-major-modification</c>, <c>disposition</c>, <c>other</c>.
    /// Default <c>operational</c>.
    /// </summary>
    public string SystemStatus { get; set; } = "operational";

    /// <summary>Write indented JSON (two spaces), so exports diff well. Default true.</summary>
    public bool WriteIndented { get; set; } = true;

    /// <summary>A copy with every option of this one.</summary>
    /// <returns>The copy.</returns>
    public OscalExportOptions Clone() => (OscalExportOptions)MemberwiseClone();
}
