using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Portal.Contracts.CardRequests;
using Functions.Http.Bodies;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Tokens;

namespace Portal.Functions.Identity;

/// <summary>
/// The device page (RFC 8628 §3.3 verification_uri): type the user code, see which client asks from which device, and
/// get the card request link for the signer (link, command, QR code). HTML, not JSON: a resident opens it in a browser.
/// The code is posted in the body, never in a query string (it would land in history, logs and Referer headers).
/// </summary>
public sealed class DevicePageFunctions(DeviceAuthorizationLookup lookup, FormBodyReader forms, IOptions<TokenOptions> tokenOptions)
{
    public const string UserCodeParameter = "user_code";

    [Function("ShowDevicePage")]
    public IResult ShowDevicePage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "device")] HttpRequest request) =>
        Html(request, StatusCodes.Status200OK, DevicePageHtml.Form());

    [Function("SubmitDeviceCode")]
    public async Task<IResult> SubmitDeviceCode(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "device")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var form = await forms.ReadAsync(request, cancellationToken);
        var typed = form.TryGetValue(UserCodeParameter, out var values) ? values.ToString() : "";
        if (typed.Length == 0)
        {
            return Html(request, StatusCodes.Status400BadRequest, DevicePageHtml.Refused(
                "コードが入力されていません", "画面に表示されたコード（8文字）を入力してください。", typed));
        }
        var match = await lookup.FindAsync(typed, cancellationToken);
        return match switch
        {
            { Status: UserCodeStatus.Pending, Request: { } found } => Html(request, StatusCodes.Status200OK, Authorization(found)),
            { Status: UserCodeStatus.Expired } => Html(request, StatusCodes.Status410Gone, DevicePageHtml.Refused(
                "コードの有効期限切れ", "このコードは有効期限が切れています。ログインを最初からやり直してください。", typed)),
            { Status: UserCodeStatus.Used } => Html(request, StatusCodes.Status410Gone, DevicePageHtml.Refused(
                "使用済みのコード", "このコードはすでに使われています。ログインを最初からやり直してください。", typed)),
            _ => Html(request, StatusCodes.Status404NotFound, DevicePageHtml.Refused(
                "コードが見つかりません", "入力されたコードは見つかりませんでした。画面に表示されたコードを確認してください。", typed)),
        };
    }

    private string Authorization(CardRequest found)
    {
        var link = CardRequestLink.For(tokenOptions.Value.Issuer, found.Id);
        return DevicePageHtml.Authorization(found, link, QrCodeSvg.Render(link));
    }

    private static IResult Html(HttpRequest request, int status, string html)
    {
        var headers = request.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = DevicePageHtml.ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
