using Isms.AspNetCore;
using Isms.Oscal.Crosswalks;
using Isms.Reports;
using Isms.Serialization;
using Isms.Serialization.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// Maps the Isms REST surface: <c>app.MapIsms("/tenants")</c>. The routes and their status codes are listed in
/// docs/web.md; every library error is an RFC 9457 problem with its code.
/// </summary>
/// <threadsafety>Call at start-up, from one thread, as with any endpoint mapping.</threadsafety>
public static class IsmsEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the routes under <paramref name="prefix"/> and returns their group, so the host adds authentication,
    /// authorization, rate limiting or CORS its own way (<c>app.MapIsms("/tenants").RequireAuthorization()</c>).
    /// Requires <c>services.AddIsmsWeb()</c> and a document store (<c>.AddFileStore(path)</c> or your own
    /// <c>IIsmsDocumentStore</c>).
    /// </summary>
    /// <param name="endpoints">The application or another route builder.</param>
    /// <param name="prefix">The path of the tenant collection, e.g. <c>/tenants</c>.</param>
    /// <returns>The route group of every Isms route.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException"><c>AddIsmsWeb</c> was not called.</exception>
    public static RouteGroupBuilder MapIsms(this IEndpointRouteBuilder endpoints, string prefix = "/tenants")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        if (endpoints.ServiceProvider.GetService<IsmsEndpoints>() is null)
        {
            throw new InvalidOperationException("MapIsms needs services.AddIsmsWeb() and a document store (AddIsmsWeb().AddFileStore(path) or an IIsmsDocumentStore).");
        }

        var group = endpoints.MapGroup(prefix).WithTags("Isms");
        group.AddEndpointFilter(IsmsErrorFilter.InvokeAsync);

        group.MapGet("/", static (HttpContext http, string? limit, string? after, CancellationToken ct) => E(http).ListTenantsAsync(http, limit, after, ct))
            .WithName("ListTenants").WithSummary("The tenants, a page at a time (?limit=N&after=TOKEN)")
            .Produces<TenantListContract>().Problems(400);
        group.MapDelete("/{tenant}", static (HttpContext http, string tenant, CancellationToken ct) => E(http).DeleteTenantAsync(http, tenant, ct))
            .WithName("DeleteTenant").WithSummary("Deletes a tenant with every document and its history")
            .Produces(StatusCodes.Status204NoContent).Problems(400, 403, 404);

        group.MapPut("/{tenant}/isms", static (HttpContext http, string tenant, CancellationToken ct) => E(http).PutIsmsAsync(http, tenant, ct))
            .WithName("PutIsms").WithSummary("Saves the tenant's ISMS document (If-Match: replace that revision; If-None-Match: * create only)")
            .DocumentBody(DocumentKinds.Isms, request: true).Saves().Problems(400, 403, 412, 413, 422);
        group.MapGet("/{tenant}/isms", static (HttpContext http, string tenant, CancellationToken ct) => E(http).GetIsmsAsync(http, tenant, ct))
            .WithName("GetIsms").WithSummary("The tenant's ISMS document with its ETag")
            .DocumentBody(DocumentKinds.Isms, request: false).Produces(StatusCodes.Status304NotModified).Problems(400, 403, 404);
        group.MapGet("/{tenant}/readiness", static (HttpContext http, string tenant, string? asOf, CancellationToken ct) => E(http).GetReadinessAsync(http, tenant, asOf, ct))
            .WithName("GetReadiness").WithSummary("Certification readiness of clauses 4-10 and Annex A (?asOf=YYYY-MM-DD)")
            .Produces<ReadinessReportContract>().Problems(400, 403, 404);
        group.MapGet("/{tenant}/risks", static (HttpContext http, string tenant, string? asOf, CancellationToken ct) => E(http).GetRisksAsync(http, tenant, asOf, ct))
            .WithName("GetRisks").WithSummary("The scored risk register (?asOf=YYYY-MM-DD)")
            .Produces<ScoredRegisterContract>().Problems(400, 403, 404);
        group.MapGet("/{tenant}/evidence", static (HttpContext http, string tenant, string? asOf, string? record, CancellationToken ct) => E(http).GetEvidenceAsync(http, tenant, asOf, record, ct))
            .WithName("GetEvidence").WithSummary("Evidence coverage per Annex A theme and control, against the next audit of the tenant's certification records (?asOf=YYYY-MM-DD, ?record=ID)")
            .Produces<EvidenceCoverageContract>().Problems(400, 403, 404);
        group.MapGet("/{tenant}/heatmap.svg", static (HttpContext http, string tenant, string? asOf, string? stage, CancellationToken ct) => E(http).GetHeatMapAsync(http, tenant, asOf, stage, ct))
            .WithName("GetHeatMap").WithSummary("Risk heat maps as SVG (?stage=inherent|current|residual|all, ?asOf=YYYY-MM-DD)")
            .Produces(StatusCodes.Status200OK, contentType: RiskHeatMapSvgWriter.ContentType).Problems(400, 403, 404);
        group.MapGet("/{tenant}/soa.xlsx", static (HttpContext http, string tenant, CancellationToken ct) => E(http).GetSoaWorkbookAsync(http, tenant, ct))
            .WithName("GetSoaWorkbook").WithSummary("The Statement of Applicability as an Excel workbook")
            .Produces(StatusCodes.Status200OK, contentType: SoaWorkbookWriter.ContentType).Problems(400, 403, 404);
        group.MapPost("/{tenant}/simulations", static (HttpContext http, string tenant, CancellationToken ct) => E(http).SimulateAsync(http, tenant, ct))
            .WithName("Simulate").WithSummary("Open FAIR Monte Carlo of the ISMS's quantified risks ({\"iterations\":N,\"seed\":\"S\"}, both optional)")
            .Accepts<SimulationRequestContract>(isOptional: true, "application/json")
            .Produces<SimulationSummaryContract>().Problems(400, 403, 404, 413, 422);
        group.MapGet("/{tenant}/oscal/{model}", static (HttpContext http, string tenant, string model, string? asOf, CancellationToken ct) => E(http).GetOscalAsync(http, tenant, model, asOf, ct))
            .WithName("GetOscal").WithSummary("The ISMS as a NIST OSCAL 1.1.2 document: model catalog|profile|ssp|assessment-plan|assessment-results|poam (?asOf=YYYY-MM-DD for assessment-results)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").WithMetadata(OscalDocumentMetadata.Instance).Problems(400, 403, 404);
        group.MapGet("/{tenant}/crosswalk", static (HttpContext http, string tenant, string? to, CancellationToken ct) => E(http).GetCrosswalkAsync(http, tenant, to, ct))
            .WithName("GetCrosswalk").WithSummary("Coverage of another framework through a shipped crosswalk (?to=csf-2.0|sp800-53r5), as isms crosswalk --format json")
            .Produces<CrosswalkCoverageContract>().Problems(400, 403, 404);

        group.MapPut("/{tenant}/certifications/{id}", static (HttpContext http, string tenant, string id, CancellationToken ct) => E(http).PutCertificationAsync(http, tenant, id, ct))
            .WithName("PutCertification").WithSummary("Saves a certification record (append-only: the new history must extend the stored one)")
            .DocumentBody(DocumentKinds.CertificationRecord, request: true).Saves().Problems(400, 403, 409, 412, 413, 422);
        group.MapGet("/{tenant}/certifications/{id}", static (HttpContext http, string tenant, string id, CancellationToken ct) => E(http).GetCertificationAsync(http, tenant, id, ct))
            .WithName("GetCertification").WithSummary("A certification record document with its ETag")
            .DocumentBody(DocumentKinds.CertificationRecord, request: false).Produces(StatusCodes.Status304NotModified).Problems(400, 403, 404);
        group.MapPost("/{tenant}/certifications/{id}/events", static (HttpContext http, string tenant, string id, CancellationToken ct) => E(http).FireAsync(http, tenant, id, ct))
            .WithName("FireCertificationTrigger").WithSummary("Fires a certification trigger ({\"trigger\":\"CompleteStage1\",\"payload\":{...}}); the actor is the signed-in user")
            .Accepts<CertificationEventRequest>("application/json")
            .Produces<CertificationRecordContract>().Problems(400, 403, 404, 409, 412, 422);

        // Entity routes: one entry of a register in the isms document's own JSON shape; the whole ISMS is validated and
        // saved as a new revision (If-Match: over that revision; without: over the revision just loaded).
        group.MapGet("/{tenant}/risks/{id}", static (HttpContext http, string tenant, string id, CancellationToken ct) => E(http).GetEntityAsync(http, tenant, IsmsEntity.Risks, id, ct))
            .WithName("GetRisk").WithSummary("Reads a risk of the register")
            .EntityBody(IsmsEntity.Risks, request: false).Problems(400, 403, 404);
        group.MapPut("/{tenant}/risks/{id}", static (HttpContext http, string tenant, string id, CancellationToken ct) => E(http).PutEntityAsync(http, tenant, IsmsEntity.Risks, id, ct))
            .WithName("PutRisk").WithSummary("Adds or replaces a risk of the register; the ISMS is validated whole and saved as a new revision")
            .EntityBody(IsmsEntity.Risks, request: true).Saves().Problems(400, 403, 404, 412, 413, 422);
        group.MapDelete("/{tenant}/risks/{id}", static (HttpContext http, string tenant, string id, CancellationToken ct) => E(http).DeleteEntityAsync(http, tenant, IsmsEntity.Risks, id, ct))
            .WithName("DeleteRisk").WithSummary("Deletes a risk of the register (422 when the ISMS still refers to it)")
            .Produces(StatusCodes.Status204NoContent).Problems(400, 403, 404, 412, 422);
        group.MapGet("/{tenant}/assets/{id}", static (HttpContext http, string tenant, string id, CancellationToken ct) => E(http).GetEntityAsync(http, tenant, IsmsEntity.Assets, id, ct))
            .WithName("GetAsset").WithSummary("Reads an asset of the inventory")
            .EntityBody(IsmsEntity.Assets, request: false).Problems(400, 403, 404);
        group.MapPut("/{tenant}/assets/{id}", static (HttpContext http, string tenant, string id, CancellationToken ct) => E(http).PutEntityAsync(http, tenant, IsmsEntity.Assets, id, ct))
            .WithName("PutAsset").WithSummary("Adds or replaces an asset of the inventory; the ISMS is validated whole and saved as a new revision")
            .EntityBody(IsmsEntity.Assets, request: true).Saves().Problems(400, 403, 404, 412, 413, 422);
        group.MapDelete("/{tenant}/assets/{id}", static (HttpContext http, string tenant, string id, CancellationToken ct) => E(http).DeleteEntityAsync(http, tenant, IsmsEntity.Assets, id, ct))
            .WithName("DeleteAsset").WithSummary("Deletes an asset of the inventory (422 when the ISMS still refers to it)")
            .Produces(StatusCodes.Status204NoContent).Problems(400, 403, 404, 412, 422);
        group.MapGet("/{tenant}/soa/{id}", static (HttpContext http, string tenant, string id, CancellationToken ct) => E(http).GetEntityAsync(http, tenant, IsmsEntity.SoaDecisions, id, ct))
            .WithName("GetSoaDecision").WithSummary("Reads a decision of the Statement of Applicability (the id is the control, e.g. 5.1)")
            .EntityBody(IsmsEntity.SoaDecisions, request: false).Problems(400, 403, 404);
        group.MapPut("/{tenant}/soa/{id}", static (HttpContext http, string tenant, string id, CancellationToken ct) => E(http).PutEntityAsync(http, tenant, IsmsEntity.SoaDecisions, id, ct))
            .WithName("PutSoaDecision").WithSummary("Adds or replaces a decision of the Statement of Applicability (the id is the control, e.g. 5.1); the ISMS is validated whole and saved as a new revision")
            .EntityBody(IsmsEntity.SoaDecisions, request: true).Saves().Problems(400, 403, 404, 412, 413, 422);
        group.MapDelete("/{tenant}/soa/{id}", static (HttpContext http, string tenant, string id, CancellationToken ct) => E(http).DeleteEntityAsync(http, tenant, IsmsEntity.SoaDecisions, id, ct))
            .WithName("DeleteSoaDecision").WithSummary("Deletes a decision of the Statement of Applicability (the id is the control, e.g. 5.1) (422 when the ISMS still refers to it)")
            .Produces(StatusCodes.Status204NoContent).Problems(400, 403, 404, 412, 422);
        group.MapGet("/{tenant}/nonconformities/{id}", static (HttpContext http, string tenant, string id, CancellationToken ct) => E(http).GetEntityAsync(http, tenant, IsmsEntity.Nonconformities, id, ct))
            .WithName("GetNonconformity").WithSummary("Reads a nonconformity")
            .EntityBody(IsmsEntity.Nonconformities, request: false).Problems(400, 403, 404);
        group.MapPut("/{tenant}/nonconformities/{id}", static (HttpContext http, string tenant, string id, CancellationToken ct) => E(http).PutEntityAsync(http, tenant, IsmsEntity.Nonconformities, id, ct))
            .WithName("PutNonconformity").WithSummary("Adds or replaces a nonconformity; the ISMS is validated whole and saved as a new revision")
            .EntityBody(IsmsEntity.Nonconformities, request: true).Saves().Problems(400, 403, 404, 412, 413, 422);
        group.MapDelete("/{tenant}/nonconformities/{id}", static (HttpContext http, string tenant, string id, CancellationToken ct) => E(http).DeleteEntityAsync(http, tenant, IsmsEntity.Nonconformities, id, ct))
            .WithName("DeleteNonconformity").WithSummary("Deletes a nonconformity (422 when the ISMS still refers to it)")
            .Produces(StatusCodes.Status204NoContent).Problems(400, 403, 404, 412, 422);

        return group;
    }

    private static IsmsEndpoints E(HttpContext http) => http.RequestServices.GetRequiredService<IsmsEndpoints>();

    private static RouteHandlerBuilder Problems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            builder.Produces<IsmsProblemDetails>(status, "application/problem+json");
        }

        return builder;
    }

    private static RouteHandlerBuilder Saves(this RouteHandlerBuilder builder) =>
        builder.Produces<DocumentRevisionContract>(StatusCodes.Status200OK).Produces<DocumentRevisionContract>(StatusCodes.Status201Created);

    private static RouteHandlerBuilder EntityBody(this RouteHandlerBuilder builder, IsmsEntity entity, bool request)
    {
        builder.WithMetadata(new DocumentBodyMetadata(DocumentKinds.Isms, request, entity));
        return request ? builder : builder.Produces(StatusCodes.Status200OK, contentType: "application/json");
    }

    private static RouteHandlerBuilder DocumentBody(this RouteHandlerBuilder builder, string kind, bool request)
    {
        builder.WithMetadata(new DocumentBodyMetadata(kind, request));
        return request ? builder : builder.Produces(StatusCodes.Status200OK, contentType: "application/json");
    }
}
