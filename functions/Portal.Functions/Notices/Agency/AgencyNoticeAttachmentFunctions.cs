using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Notices.Agency;
using Portal.Domain.Notices.Attachments;
using Portal.Functions.Http;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.RateLimiting;

namespace Portal.Functions.Notices.Agency;

/// <summary>
/// A PDF for the agency's notices. The body is the file itself (streamed, never buffered whole), like a draft's file;
/// the type is decided by the content. The answer's id is what a notice's <c>attachments</c> then names.
/// </summary>
public sealed class AgencyNoticeAttachmentFunctions(AgencyAuthenticator authenticator, AgencyNoticeAttachments attachments, EdgeRateLimiter limits)
{
    [Function("UploadAgencyNoticeAttachment")]
    public async Task<IResult> Upload(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "agency/notices/attachments")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var agency = await authenticator.AuthenticateAsync(request);
        limits.AdmitAgency(OperationName.Of(request.HttpContext), agency.ClientId);
        var upload = await attachments.UploadAsync(agency, request.ContentLength, request.Body, cancellationToken);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created((string?)null, new AgencyNoticeAttachmentUploaded(upload.Id, upload.Size, upload.ReferenceBefore));
    }
}
