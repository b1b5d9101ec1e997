using Functions.Http.Bodies;
using Functions.Http.Preconditions;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Drafts;
using Portal.Domain.Drafts;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Drafts;

/// <summary>一時保存: the resident's form drafts. PATCH takes an RFC 7396 merge patch, so the bot can save one answer at a time.</summary>
public sealed class DraftFunctions(ResidentAuthenticator authenticator, DraftService drafts, JsonBodyReader json)
{
    public const string MergePatchType = "application/merge-patch+json";

    [Function("CreateDraft")]
    public async Task<IResult> Create(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/drafts")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var body = await json.ReadAsync<CreateDraftRequest>(request, cancellationToken);
        var stored = await drafts.CreateAsync(resident, new DraftInput(body.ProcedureId, body.LocalGovernmentCode, body.Data), cancellationToken);
        return Tagged(request, TypedResults.Created($"/api/me/drafts/{stored.Document.Id}", DraftViews.View(stored)), stored.ETag);
    }

    [Function("ListDrafts")]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/drafts")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var list = await drafts.ListAsync(resident, cancellationToken);
        // A list carries no versions: a client reads the draft (with its ETag) before changing it.
        return TypedResults.Ok(new DraftList([.. list.Select(d => DraftViews.View(d, null))]));
    }

    [Function("GetDraft")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/drafts/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var stored = await drafts.GetAsync(resident, id, cancellationToken);
        return Tagged(request, TypedResults.Ok(DraftViews.View(stored)), stored.ETag);
    }

    [Function("PatchDraft")]
    public async Task<IResult> Patch(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "me/drafts/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var patch = await json.ReadAsync<JsonNode>(request, cancellationToken);
        var stored = await drafts.PatchAsync(resident, id, patch, EntityTags.IfMatch(request), cancellationToken);
        return Tagged(request, TypedResults.Ok(DraftViews.View(stored)), stored.ETag);
    }

    [Function("DeleteDraft")]
    public async Task<IResult> Delete(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "me/drafts/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        await drafts.DeleteAsync(resident, id, EntityTags.IfMatch(request), cancellationToken);
        return TypedResults.NoContent();
    }

    [Function("GetTodo")]
    public async Task<IResult> Todo(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/todo")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var items = await drafts.TodoAsync(resident, cancellationToken);
        return TypedResults.Ok(new TodoList([.. items.Select(DraftViews.Todo)]));
    }

    internal static IResult Tagged(HttpRequest request, IResult result, string etag)
    {
        request.HttpContext.Response.Headers.ETag = EntityTags.Strong(etag);
        return result;
    }
}
