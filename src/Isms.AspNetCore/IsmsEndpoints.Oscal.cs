using Isms.Core;
using Isms.Core.Readiness;
using Isms.Oscal;
using Isms.Oscal.Crosswalks;
using Isms.Serialization;
using Isms.Serialization.Storage;
using Microsoft.AspNetCore.Http;

namespace Isms.AspNetCore;

/// <summary>
/// The interoperability routes: the ISMS as an OSCAL document (the same bytes as <c>isms oscal export</c>) and its
/// coverage of another framework through a shipped crosswalk (the same JSON as <c>isms crosswalk --format json</c>).
/// </summary>
internal sealed partial class IsmsEndpoints
{
    /// <summary>The OSCAL models by the name the route and <c>isms oscal export --model</c> use.</summary>
    internal static readonly IReadOnlyDictionary<string, OscalModel> ExportModels = new Dictionary<string, OscalModel>(StringComparer.Ordinal)
    {
        ["catalog"] = OscalModel.Catalog,
        ["profile"] = OscalModel.Profile,
        ["ssp"] = OscalModel.SystemSecurityPlan,
        ["assessment-plan"] = OscalModel.AssessmentPlan,
        ["assessment-results"] = OscalModel.AssessmentResults,
        ["poam"] = OscalModel.PlanOfActionAndMilestones,
    };

    public async Task<IResult> GetOscalAsync(HttpContext http, string tenant, string model, string? asOf, CancellationToken ct)
    {
        await BeginAsync(http, tenant, IsmsTenantOperation.Read).ConfigureAwait(false);
        if (!ExportModels.TryGetValue(model, out var oscal))
        {
            throw ProblemMapping.Error(WebErrorCodes.OscalModelNotFound,
                $"there is no OSCAL model {DocumentErrorText.Quote(Shorten(model))}; the models are {string.Join(", ", ExportModels.Keys)}", "model", Shorten(model));
        }

        var date = AsOf(asOf);
        var entry = await LoadAsync<InformationSecurityManagementSystem>(tenant, DocumentKey.Isms, ct).ConfigureAwait(false);
        var isms = (InformationSecurityManagementSystem)entry.Model;
        ReadinessReport? readiness = oscal == OscalModel.AssessmentResults
            ? entry.Computed("oscal-readiness", date, () => Evaluate("readiness", () => _analyzer.Analyze(isms, date)))
            : null;

        // The revision's save time is the document's last-modified: the same revision gives the same bytes (and ETag).
        var bytes = Evaluate("oscal", () => OscalExporter.Default.Export(oscal, isms, entry.Revision.SavedAt, readiness));
        http.Response.Headers.ETag = Preconditions.ETagOf(entry.Revision);
        return TypedResults.Bytes(bytes, OscalContentType);
    }

    public async Task<IResult> GetCrosswalkAsync(HttpContext http, string tenant, string? to, CancellationToken ct)
    {
        await BeginAsync(http, tenant, IsmsTenantOperation.Read).ConfigureAwait(false);
        var crosswalk = (string.IsNullOrEmpty(to) ? null : CrosswalkSets.To(to))
            ?? throw ProblemMapping.Error(WebErrorCodes.InvalidQuery,
                $"to must name a shipped crosswalk: {string.Join(" or ", CrosswalkSets.Targets)} (was {DocumentErrorText.Quote(Shorten(to ?? ""))})", "to", Shorten(to ?? ""));
        var entry = await LoadAsync<InformationSecurityManagementSystem>(tenant, DocumentKey.Isms, ct).ConfigureAwait(false);
        // Coverage depends on the revision only (SoA, status, effectiveness), not on a date.
        var contract = entry.Computed("crosswalk:" + crosswalk.Id, default, () => Evaluate("crosswalk", () =>
            CrosswalkCoverageContract.From(CrosswalkCoverage.Compute((InformationSecurityManagementSystem)entry.Model, crosswalk))));
        http.Response.Headers.ETag = Preconditions.ETagOf(entry.Revision);
        return TypedResults.Json(contract, CrosswalkCoverageContract.JsonTypeInfo);
    }

    /// <summary>The media type of an exported OSCAL document: plain JSON, as NIST serves its OSCAL content.</summary>
    internal const string OscalContentType = "application/json; charset=utf-8";
}
