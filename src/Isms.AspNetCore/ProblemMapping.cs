using System.Collections.Immutable;
using Isms.Certification;
using Isms.Core;
using Isms.Core.RiskManagement.Quantitative;
using Isms.Serialization;
using Isms.Serialization.Contracts;
using Microsoft.AspNetCore.Http;

namespace Isms.AspNetCore;

/// <summary>
/// The one mapping from a library error to an HTTP status and an RFC 9457 problem: 400 malformed, 404 unknown tenant or
/// document, 409 refused by the lifecycle, 412 version mismatch, 413 too large, 422 readable but invalid (docs/web.md).
/// </summary>
internal static class ProblemMapping
{
    /// <summary>The status of an error code.</summary>
    public static int StatusOf(string code) => code switch
    {
        DocumentErrorCodes.DocumentTooLarge => StatusCodes.Status413PayloadTooLarge,
        DocumentErrorCodes.MalformedJson or DocumentErrorCodes.InvalidUtf8 or DocumentErrorCodes.TooDeep or DocumentErrorCodes.TooManyItems
            or DocumentErrorCodes.TokenTooLong or DocumentErrorCodes.MalformedRow or DocumentErrorCodes.NotARegularFile
            or DocumentErrorCodes.RootNotObject or DocumentErrorCodes.InvalidKey => StatusCodes.Status400BadRequest,
        DocumentErrorCodes.DocumentNotFound or WebErrorCodes.NoStatementOfApplicability or WebErrorCodes.EntityNotFound
            or WebErrorCodes.OscalModelNotFound or Isms.Oscal.OscalErrorCodes.NoStatementOfApplicability => StatusCodes.Status404NotFound,
        DocumentErrorCodes.VersionConflict => StatusCodes.Status412PreconditionFailed,
        DocumentErrorCodes.HistoryNotExtended or CertificationErrorCodes.TriggerNotPermitted => StatusCodes.Status409Conflict,
        DocumentErrorCodes.LockTimeout or DocumentErrorCodes.StorageUnavailable => StatusCodes.Status503ServiceUnavailable,
        WebErrorCodes.TenantAccessDenied => StatusCodes.Status403Forbidden,
        WebErrorCodes.IdMismatch or WebErrorCodes.InvalidPrecondition or WebErrorCodes.InvalidQuery or WebErrorCodes.SimulationTooLarge
            => StatusCodes.Status400BadRequest,
        // Well-formed JSON whose content is refused (an unknown trigger, a payload that does not bind, a seed out of
        // range) is readable but invalid: 422, as a document breaking a rule is.
        ContractErrorCodes.UnknownTrigger or ContractErrorCodes.InvalidPayload or ContractErrorCodes.TimeDrivenTrigger
            or ContractErrorCodes.InvalidActor or ContractErrorCodes.InvalidSimulationRequest => StatusCodes.Status422UnprocessableEntity,
        FairErrorCodes.NoQuantifiedRisk => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    /// <summary>The problem of a library exception.</summary>
    public static IsmsProblemDetails From(IsmsException exception, HttpContext context)
    {
        var errors = ErrorContract.AllOf(exception);
        var first = errors[0];
        var status = StatusOf(first.Code);
        return new IsmsProblemDetails
        {
            Type = "https://isms-core.github.io/docs/errors#" + first.Code.ToLowerInvariant(),
            Title = TitleOf(status),
            Status = status,
            Detail = first.Message,
            Instance = context.Request.Path,
            Code = first.Code,
            Path = first.Path,
            Line = first.Line,
            Position = first.Position,
            UnmetGuards = exception is CertificationException { UnmetGuards.IsDefaultOrEmpty: false } refused ? refused.UnmetGuards : null,
            Errors = errors,
        };
    }

    /// <summary>An exception that reports one coded error of the web package.</summary>
    public static IsmsException Error(string code, string message, string? member = null, string? value = null) =>
        new(new IsmsError(code, message) { Member = member, Value = value });

    private static string TitleOf(int status) => status switch
    {
        400 => "The request is malformed",
        403 => "Access to the tenant is denied",
        404 => "Not found",
        409 => "Refused in the current state",
        412 => "The document was changed by someone else",
        413 => "The request body is too large",
        422 => "The request is readable but invalid",
        503 => "The document store is unavailable",
        _ => "The request failed",
    };

    /// <summary>The problem's errors as a list, for tests and logs.</summary>
    public static ImmutableArray<string> Codes(IsmsProblemDetails problem) => [.. problem.Errors.Select(e => e.Code)];
}
