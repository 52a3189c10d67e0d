using Isms.Serialization;
using Isms.Serialization.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Isms.AspNetCore;

/// <summary>
/// HTTP conditional requests (RFC 9110 section 13) over store revisions: ETags are strong, quoted revision tags;
/// <c>If-Match: "tag"</c> saves only over that revision, <c>If-None-Match: *</c> only creates, no header saves
/// unconditionally. A weak tag never matches (If-Match compares strongly).
/// </summary>
internal static class Preconditions
{
    /// <summary>The ETag header value of a revision: its tag in quotes.</summary>
    public static string ETagOf(DocumentRevision revision) => "\"" + revision.ETag + "\"";

    /// <summary>What a save or delete of <paramref name="key"/> expects, from the request's precondition headers.</summary>
    public static async Task<ExpectedRevision> ExpectedAsync(HttpRequest request, IIsmsDocumentStore store, string tenant, DocumentKey key, CancellationToken cancellationToken)
    {
        var ifMatch = request.Headers.IfMatch;
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (!StringValues.IsNullOrEmpty(ifMatch) && !StringValues.IsNullOrEmpty(ifNoneMatch))
        {
            throw ProblemMapping.Error(WebErrorCodes.InvalidPrecondition, "a request states either If-Match or If-None-Match, not both", "If-Match");
        }

        if (!StringValues.IsNullOrEmpty(ifNoneMatch))
        {
            if (ifNoneMatch.Count == 1 && ifNoneMatch[0]!.Trim() == "*")
            {
                return ExpectedRevision.None;
            }

            throw ProblemMapping.Error(WebErrorCodes.InvalidPrecondition, "a save accepts only If-None-Match: * (create only)", "If-None-Match", Shorten(ifNoneMatch.ToString()));
        }

        if (StringValues.IsNullOrEmpty(ifMatch))
        {
            return ExpectedRevision.Any;
        }

        var tags = Parse(ifMatch, "If-Match");
        if (tags.Count == 1 && tags[0] is { Weak: false, Tag: not "*" } single)
        {
            // The store compares atomically with the save: the common case needs no extra read.
            return ExpectedRevision.Of(single.Tag);
        }

        var current = await store.GetRevisionAsync(tenant, key, cancellationToken).ConfigureAwait(false);
        if (current is not null && tags.Any(t => t.Tag == "*" || (!t.Weak && t.Tag == current.ETag)))
        {
            return ExpectedRevision.Of(current);
        }

        throw new DocumentStoreException(DocumentErrorCodes.VersionConflict, $"{tenant}/{key}",
            current is null ? "If-Match names a revision but the document does not exist" : $"no entity tag of If-Match is the stored one (\"{current.ETag}\")");
    }

    /// <summary>True when the request's <c>If-None-Match</c> names <paramref name="revision"/> (or <c>*</c>): 304.</summary>
    public static bool NotModified(HttpRequest request, DocumentRevision revision)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (StringValues.IsNullOrEmpty(ifNoneMatch))
        {
            return false;
        }

        // If-None-Match compares weakly (RFC 9110 13.1.2): a weak tag matches its strong twin.
        return Parse(ifNoneMatch, "If-None-Match").Any(t => t.Tag == "*" || t.Tag == revision.ETag);
    }

    private static List<(string Tag, bool Weak)> Parse(StringValues values, string header)
    {
        var tags = new List<(string, bool)>();
        foreach (var value in values)
        {
            foreach (var raw in (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (raw == "*")
                {
                    tags.Add(("*", false));
                    continue;
                }

                var weak = raw.StartsWith("W/", StringComparison.Ordinal);
                var quoted = weak ? raw[2..] : raw;
                if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"' || quoted[1..^1].Contains('"', StringComparison.Ordinal))
                {
                    throw ProblemMapping.Error(WebErrorCodes.InvalidPrecondition,
                        $"{header} must hold quoted entity tags (\"tag\") or *, e.g. the ETag of a GET; got {DocumentErrorText.Quote(Shorten(raw))}", header, Shorten(raw));
                }

                tags.Add((quoted[1..^1], weak));
            }
        }

        if (tags.Count == 0)
        {
            throw ProblemMapping.Error(WebErrorCodes.InvalidPrecondition, $"{header} is empty", header);
        }

        return tags;
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "...";
}
