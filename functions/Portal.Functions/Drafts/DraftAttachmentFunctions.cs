using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Drafts;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Drafts;

/// <summary>
/// Files on a draft. The body is the file itself (streamed, never buffered whole), the name in <c>?name=</c>; the
/// type is decided by the content, whatever the name or Content-Type say.
/// </summary>
public sealed class DraftAttachmentFunctions(ResidentAuthenticator authenticator, DraftService drafts)
{
    [Function("AddDraftAttachment")]
    public async Task<IResult> Add(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "me/drafts/{id}/attachments")] HttpRequest request, string id,
        CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var (stored, attachment) = await drafts.AddAttachmentAsync(
            resident, id, request.Query["name"], request.ContentLength, request.Body, cancellationToken);
        var view = DraftViews.View(stored).Attachments.Single(a => a.Id == attachment.Id);
        return DraftFunctions.Tagged(request, TypedResults.Created($"/api/me/drafts/{id}/attachments/{attachment.Id}", view), stored.ETag);
    }

    [Function("GetDraftAttachment")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/drafts/{id}/attachments/{attachmentId}")] HttpRequest request,
        string id, string attachmentId, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var (attachment, content) = await drafts.OpenAttachmentAsync(resident, id, attachmentId, cancellationToken);
        return TypedResults.Stream(content, attachment.ContentType, attachment.Name);
    }

    [Function("DeleteDraftAttachment")]
    public async Task<IResult> Delete(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "me/drafts/{id}/attachments/{attachmentId}")] HttpRequest request,
        string id, string attachmentId, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var stored = await drafts.DeleteAttachmentAsync(resident, id, attachmentId, cancellationToken);
        return DraftFunctions.Tagged(request, TypedResults.NoContent(), stored.ETag);
    }
}
