using System.Text.Json;
using System.Text.Json.Nodes;
using Ardalis.GuardClauses;
using Isms.Core;
using Isms.Core.Readiness;
using Isms.Oscal.Export;
using NodaTime;

namespace Isms.Oscal;

/// <summary>
/// Writes an ISMS as NIST OSCAL 1.1.2 JSON documents that reference each other by <c>href</c>: the catalog its Statement
/// of Applicability decides on, the SoA as a profile and as a system security plan, the internal audit programme as an
/// assessment plan, readiness and internal audit findings as assessment results, and open nonconformities, corrective
/// actions and risk treatment actions as a plan of action and milestones. docs/oscal.md says what maps to what.
/// </summary>
/// <remarks>
/// Every UUID is a version-5 UUID of <see cref="OscalExportOptions.UuidNamespace"/> and the element's path, so two
/// exports of the same ISMS agree. ISO/IEC 27001 control text is the standard's copyright: the catalog carries ids and
/// titles only. The documents use only members that both OSCAL 1.1.x and the 1.0.6 JSON Schemas accept.
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe; share one per set of options.</threadsafety>
public sealed class OscalExporter
{
    private static readonly string[] SystemStates = ["operational", "under-development", "under-major-modification", "disposition", "other"];

    private readonly OscalExportOptions _options;

    /// <summary>Creates an exporter with the given options (copied), or the documented defaults.</summary>
    /// <param name="options">The options; null for <see cref="OscalExportOptions"/> defaults.</param>
    /// <exception cref="ArgumentException">An href or the document version is empty, or the system status is not an OSCAL system state.</exception>
    public OscalExporter(OscalExportOptions? options = null)
    {
        _options = (options ?? new OscalExportOptions()).Clone();
        Guard.Against.NullOrWhiteSpace(_options.CatalogHref, nameof(OscalExportOptions.CatalogHref));
        Guard.Against.NullOrWhiteSpace(_options.ProfileHref, nameof(OscalExportOptions.ProfileHref));
        Guard.Against.NullOrWhiteSpace(_options.SystemSecurityPlanHref, nameof(OscalExportOptions.SystemSecurityPlanHref));
        Guard.Against.NullOrWhiteSpace(_options.AssessmentPlanHref, nameof(OscalExportOptions.AssessmentPlanHref));
        Guard.Against.NullOrWhiteSpace(_options.AssessmentResultsHref, nameof(OscalExportOptions.AssessmentResultsHref));
        Guard.Against.NullOrWhiteSpace(_options.PlanOfActionAndMilestonesHref, nameof(OscalExportOptions.PlanOfActionAndMilestonesHref));
        Guard.Against.NullOrWhiteSpace(_options.DocumentVersion, nameof(OscalExportOptions.DocumentVersion));
        if (!SystemStates.Contains(_options.SystemStatus))
        {
            throw new ArgumentException($"'{_options.SystemStatus}' is not an OSCAL system state ({string.Join(", ", SystemStates)}).", nameof(options));
        }
    }

    /// <summary>An exporter with the default options.</summary>
    public static OscalExporter Default { get; } = new();

    /// <summary>
    /// The href under which a model's document is referenced by the next (the catalog's, the profile's, ...): the name
    /// to write it under, so the references resolve.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <returns>The href from the options.</returns>
    public string HrefOf(OscalModel model) => model switch
    {
        OscalModel.Catalog => _options.CatalogHref,
        OscalModel.Profile => _options.ProfileHref,
        OscalModel.SystemSecurityPlan => _options.SystemSecurityPlanHref,
        OscalModel.AssessmentPlan => _options.AssessmentPlanHref,
        OscalModel.AssessmentResults => _options.AssessmentResultsHref,
        OscalModel.PlanOfActionAndMilestones => _options.PlanOfActionAndMilestonesHref,
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Not an OSCAL model."),
    };

    /// <summary>Writes one model of the ISMS as OSCAL JSON (UTF-8) to a stream, which is left open.</summary>
    /// <param name="model">The model to write.</param>
    /// <param name="isms">The ISMS.</param>
    /// <param name="lastModified">The documents' <c>last-modified</c> (the ISMS holds no such time).</param>
    /// <param name="readiness">The readiness report the assessment results carry, or null (then they carry the internal audits' findings only).</param>
    /// <param name="output">The stream.</param>
    /// <exception cref="IsmsException"><see cref="OscalErrorCodes.NoStatementOfApplicability"/>: a profile or system security plan of an ISMS without one.</exception>
    public void Write(OscalModel model, InformationSecurityManagementSystem isms, Instant lastModified, ReadinessReport? readiness, Stream output)
    {
        Guard.Against.Null(output);
        var document = Build(model, isms, lastModified, readiness);
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = _options.WriteIndented });
        document.WriteTo(writer);
        writer.Flush();
        output.Write("\n"u8);
    }

    /// <summary>One model of the ISMS as OSCAL JSON (UTF-8).</summary>
    /// <param name="model">The model to write.</param>
    /// <param name="isms">The ISMS.</param>
    /// <param name="lastModified">The documents' <c>last-modified</c>.</param>
    /// <param name="readiness">The readiness report the assessment results carry, or null.</param>
    /// <returns>The document's bytes.</returns>
    /// <exception cref="IsmsException"><see cref="OscalErrorCodes.NoStatementOfApplicability"/>: a profile or system security plan of an ISMS without one.</exception>
    public byte[] Export(OscalModel model, InformationSecurityManagementSystem isms, Instant lastModified, ReadinessReport? readiness)
    {
        using var stream = new MemoryStream();
        Write(model, isms, lastModified, readiness, stream);
        return stream.ToArray();
    }

    private JsonObject Build(OscalModel model, InformationSecurityManagementSystem isms, Instant lastModified, ReadinessReport? readiness)
    {
        Guard.Against.Null(isms);
        Guard.Against.EnumOutOfRange(model);
        var documents = new OscalDocuments(isms, _options, lastModified);
        return model switch
        {
            OscalModel.Catalog => documents.Catalog(),
            OscalModel.Profile => documents.Profile(),
            OscalModel.SystemSecurityPlan => documents.SystemSecurityPlan(),
            OscalModel.AssessmentPlan => documents.AssessmentPlan(),
            OscalModel.AssessmentResults => documents.AssessmentResults(readiness),
            _ => documents.PlanOfActionAndMilestones(),
        };
    }
}
