using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Isms.Core;
using Isms.Serialization;
using Isms.Serialization.Storage;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Isms.AspNetCore;

/// <summary>The entity routes: one entry of a register read, replaced, added or deleted, saved as a new revision of the
/// whole ISMS with optimistic concurrency.</summary>
internal sealed partial class IsmsEndpoints
{
    public async Task<IResult> GetEntityAsync(HttpContext http, string tenant, IsmsEntity entity, string id, CancellationToken ct)
    {
        await BeginAsync(http, tenant, IsmsTenantOperation.Read).ConfigureAwait(false);
        var entry = await LoadAsync<InformationSecurityManagementSystem>(tenant, DocumentKey.Isms, ct).ConfigureAwait(false);
        var items = Items(DocumentTree(entry), entity, tenant, create: false);
        var item = items?.FirstOrDefault(e => IdOf(e, entity) == id) ?? throw NotFound(entity, id, tenant);
        http.Response.Headers.ETag = Preconditions.ETagOf(entry.Revision);
        return TypedResults.Content(item.ToJsonString(), "application/json; charset=utf-8");
    }

    public async Task<IResult> PutEntityAsync(HttpContext http, string tenant, IsmsEntity entity, string id, CancellationToken ct)
    {
        await BeginAsync(http, tenant, IsmsTenantOperation.Write).ConfigureAwait(false);
        var body = await ReadEntityAsync(http, entity, id, ct).ConfigureAwait(false);
        var created = false;
        var revision = await EditAsync(http, tenant, entity, ct, items =>
        {
            var index = IndexOf(items, entity, id);
            created = index < 0;
            if (created)
            {
                items.Add(body.DeepClone());
            }
            else
            {
                items[index] = body.DeepClone();
            }
        }).ConfigureAwait(false);
        IsmsWebLog.EntitySaved(_logger, entity.Label, id, tenant, revision.Number, revision.SavedBy);
        http.Response.Headers.ETag = Preconditions.ETagOf(revision);
        var contract = DocumentRevisionContract.From(revision);
        return created
            ? TypedResults.Json(contract, IsmsWebJson.Context.DocumentRevisionContract, statusCode: StatusCodes.Status201Created)
            : TypedResults.Json(contract, IsmsWebJson.Context.DocumentRevisionContract);
    }

    public async Task<IResult> DeleteEntityAsync(HttpContext http, string tenant, IsmsEntity entity, string id, CancellationToken ct)
    {
        await BeginAsync(http, tenant, IsmsTenantOperation.Write).ConfigureAwait(false);
        var revision = await EditAsync(http, tenant, entity, ct, items =>
        {
            var index = IndexOf(items, entity, id);
            if (index < 0)
            {
                throw NotFound(entity, id, tenant);
            }

            items.RemoveAt(index);
        }).ConfigureAwait(false);
        IsmsWebLog.EntityDeleted(_logger, entity.Label, id, tenant, revision.Number, revision.SavedBy);
        http.Response.Headers.ETag = Preconditions.ETagOf(revision);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Applies an edit to the register's array of the stored ISMS, reads the whole document back strictly (every rule of
    /// the ISMS, e.g. a deleted asset still named by a risk is ISMS-DOC-030) and saves it: over the revision the client
    /// states in If-Match, or else over the revision loaded, loading again when another save landed in between.
    /// </summary>
    private async Task<DocumentRevision> EditAsync(HttpContext http, string tenant, IsmsEntity entity, CancellationToken ct, Action<JsonArray> edit)
    {
        var stated = !Microsoft.Extensions.Primitives.StringValues.IsNullOrEmpty(http.Request.Headers.IfMatch)
            ? await Preconditions.ExpectedAsync(http.Request, _store, tenant, DocumentKey.Isms, ct).ConfigureAwait(false)
            : (ExpectedRevision?)null;
        var actor = Actor(http);
        for (var attempt = 1; ; attempt++)
        {
            var entry = await LoadAsync<InformationSecurityManagementSystem>(tenant, DocumentKey.Isms, ct).ConfigureAwait(false);
            var tree = DocumentTree(entry);
            edit(Items(tree, entity, tenant, create: true)!);
            var isms = _serializer.Deserialize<InformationSecurityManagementSystem>(Encoding.UTF8.GetBytes(tree.ToJsonString()));
            try
            {
                return await SaveAsync(tenant, DocumentKey.Isms, isms, stated ?? ExpectedRevision.Of(entry.Revision), actor, ct).ConfigureAwait(false);
            }
            catch (DocumentStoreException ex) when (ex.Code == DocumentErrorCodes.VersionConflict && stated is null && attempt < SaveAttempts)
            {
                // Someone saved the ISMS between the load and the save: apply the edit to their revision.
            }
        }
    }

    /// <summary>The stored ISMS as an editable JSON tree (its bytes are computed once per revision).</summary>
    private JsonObject DocumentTree(DocumentCache.Entry entry)
    {
        var bytes = entry.Computed("document", LocalDate.MinIsoValue, () => _serializer.Serialize((InformationSecurityManagementSystem)entry.Model));
        return JsonNode.Parse(bytes)!.AsObject();
    }

    private static JsonArray? Items(JsonObject root, IsmsEntity entity, string tenant, bool create)
    {
        JsonObject parent = root;
        for (var i = 0; i < entity.Path.Length - 1; i++)
        {
            parent = parent[entity.Path[i]] as JsonObject
                ?? throw ProblemMapping.Error(WebErrorCodes.NoStatementOfApplicability, $"the ISMS of {tenant} has no Statement of Applicability yet");
        }

        var name = entity.Path[^1];
        if (parent[name] is JsonArray items)
        {
            return items;
        }

        if (!create)
        {
            return null;
        }

        var added = new JsonArray();
        parent[name] = added;
        return added;
    }

    private static int IndexOf(JsonArray items, IsmsEntity entity, string id)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (IdOf(items[i], entity) == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static string? IdOf(JsonNode? item, IsmsEntity entity) =>
        item is JsonObject o && o[entity.IdMember] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>Reads an entry from the body: well-formed JSON (400), an object (400), naming the URL's id or none (400).</summary>
    private async Task<JsonObject> ReadEntityAsync(HttpContext http, IsmsEntity entity, string id, CancellationToken ct)
    {
        var node = await ReadSmallAsync(http, JsonSerializerContextNode, ct).ConfigureAwait(false)
            ?? throw new IsmsDocumentException(DocumentErrorCodes.MalformedJson, "$", null, null, "the request body is empty", $"a {entity.Label} as it appears in the isms document's {entity.JsonPath}");
        if (node is not JsonObject body)
        {
            throw new IsmsDocumentException(DocumentErrorCodes.RootNotObject, "$", null, null, $"the request body must be a JSON object: a {entity.Label}", null);
        }

        switch (body[entity.IdMember])
        {
            case null:
                body[entity.IdMember] = id;
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() == id:
                break;
            default:
                var stated = body[entity.IdMember]!.ToJsonString();
                throw ProblemMapping.Error(WebErrorCodes.IdMismatch,
                    $"the URL names {entity.Label} {DocumentErrorText.Quote(id)} but the body's {entity.IdMember} is {DocumentErrorText.Quote(stated.Length <= 80 ? stated : stated[..80])}",
                    entity.IdMember, stated.Length <= 80 ? stated : stated[..80]);
        }

        return body;
    }

    private static IsmsException NotFound(IsmsEntity entity, string id, string tenant) =>
        ProblemMapping.Error(WebErrorCodes.EntityNotFound, $"the ISMS of {tenant} has no {entity.Label} {DocumentErrorText.Quote(id)}", entity.IdMember, id);

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<JsonNode> JsonSerializerContextNode => IsmsWebJson.Context.JsonNode;
}
