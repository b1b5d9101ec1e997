using Bot.Core.Forms;
using Bot.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Bot.Functions.Forms;

/// <summary>
/// The printable application of a procedure not taken online, opened from the chat's link: the portal's PDF (which
/// needs the resident's bearer token) streamed on with the conversation's session. The token is the only credential.
/// </summary>
public sealed class FormPrintFunctions(FormPrintService printing)
{
    [Function("GetFormPrint")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "forms/print/{token}")] HttpRequest request, string token,
        CancellationToken cancellationToken)
    {
        var (pdf, fileName) = await printing.OpenAsync(token, cancellationToken)
            ?? throw new BotHttpException(404, "この申請書のリンクは使えなくなりました",
                "リンクの有効期限が切れました。チャットの「やること」から申請を開き、もう一度「申請する」を押すと新しいリンクをお送りします。");
        var headers = request.HttpContext.Response.Headers;
        // Personal data: never kept by a browser cache or a proxy.
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Stream(pdf, "application/pdf", fileName);
    }
}
