namespace Isms.AspNetCore;

/// <summary>
/// Codes of the errors the web package itself reports (<c>ISMS-WEB-0nn</c>): a request that is well-formed HTTP but
/// names something the routes refuse. Errors of documents, stores, contracts and the lifecycle keep their own codes
/// (<c>ISMS-DOC</c>, <c>ISMS-STORE</c>, <c>ISMS-JSON</c>, <c>ISMS-CERT</c>); docs/web.md maps every code to its status.
/// </summary>
/// <threadsafety>This type holds constants only and is thread-safe.</threadsafety>
public static class WebErrorCodes
{
    /// <summary>The id in the URL and the id in the body name different records (400).</summary>
    public const string IdMismatch = "ISMS-WEB-001";

    /// <summary>An <c>If-Match</c> or <c>If-None-Match</c> header is not a list of strong quoted entity tags or <c>*</c> (400).</summary>
    public const string InvalidPrecondition = "ISMS-WEB-002";

    /// <summary>A query parameter has a value the route does not accept: <c>asOf</c> not a <c>YYYY-MM-DD</c> date,
    /// <c>limit</c> not from 1 to 1,000, an unknown <c>stage</c> (400).</summary>
    public const string InvalidQuery = "ISMS-WEB-003";

    /// <summary>The host's tenant access hook refused the caller access to the tenant (403).</summary>
    public const string TenantAccessDenied = "ISMS-WEB-004";

    /// <summary>The ISMS has no Statement of Applicability to write as a workbook (404).</summary>
    public const string NoStatementOfApplicability = "ISMS-WEB-005";

    /// <summary>The ISMS has no entity with the id in the URL (a risk, an asset, an SoA decision, a nonconformity) (404).</summary>
    public const string EntityNotFound = "ISMS-WEB-006";

    /// <summary>A simulation asks for more iterations than the host allows (<c>IsmsWebOptions.MaxSimulationIterations</c>) (400).</summary>
    public const string SimulationTooLarge = "ISMS-WEB-007";

    /// <summary>The URL names an OSCAL model the host does not export (<c>GET /tenants/{tenant}/oscal/{model}</c>; the
    /// models are catalog, profile, ssp, assessment-plan, assessment-results and poam) (404).</summary>
    public const string OscalModelNotFound = "ISMS-WEB-010";
}
