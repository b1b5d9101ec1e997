using DemoSite.Hosting;
using DemoSite.Portal;
using DemoSite.Residents;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace DemoSite.Pages;

/// <summary>The site's pages: the top page, sign-in and sign-out, where a failed sign-in lands, its stylesheet and its health.</summary>
public static class SiteEndpoints
{
    public static WebApplication MapDemoSite(this WebApplication app)
    {
        app.MapGet("/", HomeAsync);
        app.MapGet("/login", LoginAsync);
        app.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/");
        });
        app.MapGet(ConfigureOpenIdConnect.RefusedPath, (IOptions<DemoSiteOptions> site) =>
            PageLayout.Html(site.Value.Name, HomePage.SignedOut(SiteMessages.ConsentRefused), StatusCodes.Status403Forbidden));
        app.MapGet(ConfigureOpenIdConnect.FailedPath, (IOptions<DemoSiteOptions> site) =>
            PageLayout.Html(site.Value.Name, HomePage.SignedOut(SiteMessages.SignInFailed), StatusCodes.Status400BadRequest));
        app.MapGet(SiteStyles.Path, () => Results.Text(SiteStyles.Css, "text/css; charset=utf-8"));
        app.MapGet("/health", () => Results.Text("ok"));
        return app;
    }

    /// <summary>Off to the portal; when its discovery cannot be read (the portal is down) the resident is told, not shown a stack trace.</summary>
    private static async Task<IResult> LoginAsync(HttpContext context, IOptions<DemoSiteOptions> site, ILoggerFactory logs)
    {
        try
        {
            await context.ChallengeAsync(OpenIdConnectDefaults.AuthenticationScheme, new AuthenticationProperties { RedirectUri = "/" });
            return Results.Empty;
        }
        catch (InvalidOperationException e) when (!context.Response.HasStarted)
        {
            logs.CreateLogger(typeof(SiteEndpoints)).LogWarning(e, "Signing in through the portal could not start");
            return PageLayout.Html(site.Value.Name, HomePage.SignedOut(SiteMessages.PortalUnreachable), StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<IResult> HomeAsync(HttpContext context, InformationClient information, IOptions<DemoSiteOptions> site, ILoggerFactory logs)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return PageLayout.Html(site.Value.Name, HomePage.SignedOut(null));
        }
        var resident = ResidentAttributes.Of(context.User);
        var accessToken = await context.GetTokenAsync("access_token");
        try
        {
            var records = accessToken is null ? throw new PortalLinkLostException("no access token saved") : await information.ReadAsync(accessToken, context.RequestAborted);
            return PageLayout.Html(site.Value.Name, HomePage.SignedIn(resident, records, null));
        }
        catch (PortalLinkLostException e)
        {
            logs.CreateLogger(typeof(SiteEndpoints)).LogInformation("The portal refused the saved access token: {Reason}", e.Message);
            return PageLayout.Html(site.Value.Name, HomePage.SignedIn(resident, null, SiteMessages.LinkLost));
        }
        catch (HttpRequestException e)
        {
            logs.CreateLogger(typeof(SiteEndpoints)).LogWarning(e, "Reading the resident's information from the portal failed");
            return PageLayout.Html(site.Value.Name, HomePage.SignedIn(resident, null, SiteMessages.PortalUnavailable), StatusCodes.Status502BadGateway);
        }
    }
}
