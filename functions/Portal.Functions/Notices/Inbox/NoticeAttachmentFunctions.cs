using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Notices.Attachments;

namespace Portal.Functions.Notices.Inbox;

/// <summary>
/// A notice's PDF through the short-lived link the resident's notice detail gave (no bearer token: the link is the
/// grant, see <see cref="NoticeAttachmentLinks"/>). Always a download, never rendered in the portal's origin.
/// </summary>
public sealed class NoticeAttachmentFunctions(NoticeAttachmentDownloads downloads)
{
    [Function("DownloadNoticeAttachment")]
    public async Task<IResult> Download(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "notice-attachments/{link}")] HttpRequest request, string link,
        CancellationToken cancellationToken)
    {
        var file = await downloads.OpenAsync(link, cancellationToken);
        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = "private, no-store";
        headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(file.Content, "application/pdf", file.Attachment.Name);
    }
}
