using Bot.Core.Forms;
using Bot.Core.Login;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Bot.Functions.Login;

/// <summary>
/// The login's two functions: the queued poll of a pending login or of a submission waiting for the card's signature
/// (queue named by the app setting <c>BotLoginQueue</c>,
/// so test hosts sharing a storage account never take each other's polls), and the QR code image of a login link.
/// </summary>
public sealed class LoginFunctions(LoginPoller poller, SigningPoller signing, LoginLinkStore links)
{
    [Function("PollLogin")]
    public Task Poll(
        [QueueTrigger("%" + ILoginPollQueue.QueueSetting + "%", Connection = "AzureWebJobsStorage")] LoginPoll poll,
        CancellationToken cancellationToken) =>
        poll.SubmissionId is null ? poller.PollAsync(poll, cancellationToken) : signing.PollAsync(poll, cancellationToken);

    [Function("GetLoginQrCode")]
    public async Task<IResult> GetQrCode(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "qr/{id}")] HttpRequest request, string id,
        CancellationToken cancellationToken)
    {
        if (await links.FindAsync(id, cancellationToken) is not { } link)
        {
            return TypedResults.NotFound();
        }
        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.File(LoginQrCodes.Png(link), "image/png");
    }
}
