using Functions.Http.Bodies;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Portal.Contracts.CardRequests;
using Portal.Domain.ExternalSites.Authorization;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Identity;

namespace Portal.Functions.ExternalSites;

/// <summary>
/// The authorization endpoint (RFC 9126 §4: client_id and request_uri only; FAPI 2.0 ignores anything else) and the
/// authorization page it leads to: a card login for the site, consent, then the redirect back with the code. Refusals
/// are Japanese HTML pages and never redirect (RFC 6749 §4.1.2.1). The page's URL carries nothing; the browser's
/// cookie finds the transaction, and every POST carries the transaction's form token.
/// </summary>
public sealed class AuthorizationFunctions(
    SiteAuthorizationService authorization, AuthorizationCookie cookie, ConsentLabels labels, FormBodyReader forms,
    IOptions<TokenOptions> tokenOptions)
{
    [Function("StartSiteAuthorization")]
    public async Task<IResult> StartSiteAuthorization(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "oauth/authorize")] HttpRequest request, CancellationToken cancellationToken) =>
        await Answer(request, async () =>
        {
            var secret = await authorization.BeginAsync(One(request.Query["client_id"]), One(request.Query["request_uri"]), cancellationToken);
            cookie.Write(request.HttpContext.Response, secret);
            return SeeOther(request, "authorization");
        });

    [Function("ShowSiteAuthorization")]
    public async Task<IResult> ShowSiteAuthorization(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "oauth/authorization")] HttpRequest request, CancellationToken cancellationToken) =>
        await Answer(request, async () => Show(request, await authorization.ShowAsync(cookie.Read(request), cancellationToken)));

    [Function("StartSiteAuthorizationCardLogin")]
    public async Task<IResult> StartSiteAuthorizationCardLogin(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "oauth/authorization/card-login")] HttpRequest request, CancellationToken cancellationToken) =>
        await Answer(request, async () =>
        {
            var form = await forms.ReadAsync(request, cancellationToken);
            await authorization.StartCardLoginAsync(cookie.Read(request), One(form[AuthorizationPageHtml.FormTokenField]), cancellationToken);
            return SeeOther(request, "../authorization");
        });

    [Function("DecideSiteAuthorization")]
    public async Task<IResult> DecideSiteAuthorization(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "oauth/authorization/consent")] HttpRequest request, CancellationToken cancellationToken) =>
        await Answer(request, async () =>
        {
            var form = await forms.ReadAsync(request, cancellationToken);
            var consented = One(form[AuthorizationPageHtml.DecisionField]) == AuthorizationPageHtml.Consented;
            return SeeOther(request, await authorization.DecideAsync(
                cookie.Read(request), One(form[AuthorizationPageHtml.FormTokenField]), consented, cancellationToken));
        });

    private IResult Show(HttpRequest request, AuthorizationStep step)
    {
        var t = step.Transaction;
        return step.Kind switch
        {
            AuthorizationStepKind.Redirect => SeeOther(request, step.RedirectTo!),
            AuthorizationStepKind.Start => Html(request, StatusCodes.Status200OK, AuthorizationPageHtml.Start(t)),
            AuthorizationStepKind.CardLoginFailed => Html(request, StatusCodes.Status200OK, AuthorizationPageHtml.Start(t,
                "ログインできませんでした（有効期限切れ、またはコードやカードの誤り）。もう一度お試しください。")),
            AuthorizationStepKind.CardLogin => Html(request, StatusCodes.Status200OK, CardLogin(t)),
            AuthorizationStepKind.RegistrationRequired => Html(request, StatusCodes.Status200OK, AuthorizationPageHtml.RegistrationRequired(t), t),
            _ => Html(request, StatusCodes.Status200OK, AuthorizationPageHtml.Consent(t, labels.Of(t.Scopes)), t),
        };
    }

    private string CardLogin(AuthorizationTransaction t)
    {
        var link = CardRequestLink.For(tokenOptions.Value.Issuer, t.CardRequestId!);
        return AuthorizationPageHtml.CardLogin(t, link, QrCodeSvg.Render(link));
    }

    /// <summary>A parameter sent once; sent twice it is treated as absent (RFC 6749 §3.1), never guessed at.</summary>
    private static string? One(StringValues values) => values.Count == 1 ? values[0] : null;

    private static async Task<IResult> Answer(HttpRequest request, Func<Task<IResult>> step)
    {
        try
        {
            return await step();
        }
        catch (AuthorizationRefusedException e)
        {
            var (status, title, message) = AuthorizationRefusals.PageOf(e.Refusal);
            return Html(request, status, AuthorizationPageHtml.Error(title, message));
        }
    }

    private static IResult SeeOther(HttpRequest request, string location)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        request.HttpContext.Response.Headers.Location = location;
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <param name="consenting">When the page's form may answer the site: its redirect origin joins form-action.</param>
    private static IResult Html(HttpRequest request, int status, string html, AuthorizationTransaction? consenting = null)
    {
        var headers = request.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = AuthorizationPageHtml.ContentSecurityPolicy(
            consenting is null ? null : new Uri(consenting.RedirectUri).GetLeftPart(UriPartial.Authority));
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
