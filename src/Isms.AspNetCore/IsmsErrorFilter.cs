using Isms.Core;
using Isms.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Isms.AspNetCore;

/// <summary>
/// Turns every library error a route throws into its RFC 9457 problem (<see cref="ProblemMapping"/>), logged at
/// Information without the exception: a client's bad input is not a server error and leaves no stack trace. Anything
/// else (a bug) propagates to the host's own error handling.
/// </summary>
internal static class IsmsErrorFilter
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (IsmsException ex) when (!context.HttpContext.Response.HasStarted)
        {
            return Problem(context.HttpContext, ex);
        }
        catch (BadHttpRequestException ex) when (!context.HttpContext.Response.HasStarted)
        {
            // The server refused the body itself: past its size limit (set to the document limit) or not readable.
            var code = ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? DocumentErrorCodes.DocumentTooLarge : DocumentErrorCodes.MalformedJson;
            return Problem(context.HttpContext, new IsmsDocumentException(code, "$", null, null, "the request body could not be read: the server refused it", null, ex));
        }
    }

    private static IResult Problem(HttpContext http, IsmsException exception)
    {
        var problem = ProblemMapping.From(exception, http);
        var logger = http.RequestServices.GetRequiredService<IsmsEndpoints>().Logger;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            IsmsWebLog.StoreUnavailable(logger, http.Request.Method, http.Request.Path, problem.Code, problem.Detail ?? string.Empty);
        }
        else
        {
            IsmsWebLog.RequestRefused(logger, http.Request.Method, http.Request.Path, problem.Status!.Value, problem.Code, problem.Detail ?? string.Empty);
        }

        IsmsWebTelemetry.Errors.Add(1, new KeyValuePair<string, object?>("code", problem.Code));
        http.Response.Headers.ETag = default;
        http.Response.Headers.ContentDisposition = default;
        return TypedResults.Json(problem, IsmsWebJson.Context.IsmsProblemDetails, "application/problem+json", problem.Status);
    }
}
