using DemoSite.Portal;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace DemoSite.Hosting;

/// <summary>
/// The standard OpenID Connect handler, configured for the portal's FAPI 2.0 profile and nothing changed in it: the
/// code flow with PKCE (built in) and PAR required, the answer in the query (form_post's auto-submitting page would need
/// a script the site's CSP forbids), private_key_jwt added through the two events that carry client authentication,
/// DPoP through the back channel's handler, the ID token's claims kept under their own names.
/// </summary>
public sealed class ConfigureOpenIdConnect(IOptions<DemoSiteOptions> site, ClientAssertions assertions, DpopKey dpop)
    : IConfigureNamedOptions<OpenIdConnectOptions>
{
    public const string SignInPath = "/signin-oidc";
    public const string RefusedPath = "/signin-refused";
    public const string FailedPath = "/signin-failed";

    private static readonly string[] Scopes = ["openid", "name", "address", "birthdate", "gender"];

    public void Configure(string? name, OpenIdConnectOptions options)
    {
        if (name != OpenIdConnectDefaults.AuthenticationScheme)
        {
            return;
        }
        var settings = site.Value;
        options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        options.Authority = settings.Portal.Issuer;
        options.MetadataAddress = settings.Portal.DiscoveryAddress.ToString();
        // A local portal is http on loopback; any other issuer must be https.
        options.RequireHttpsMetadata = !settings.Portal.DiscoveryAddress.IsLoopback;
        options.ClientId = settings.ClientId;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
        options.CallbackPath = SignInPath;
        options.AccessDeniedPath = RefusedPath;
        options.Scope.Clear();
        foreach (var scope in Scopes.Append($"information:{settings.Portal.InformationCategory}"))
        {
            options.Scope.Add(scope);
        }
        // Nothing but the protocol's parameters in the pushed request and the redirect (no library version).
        options.DisableTelemetry = true;
        options.SaveTokens = true;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.MapInboundClaims = false;
        options.TokenValidationParameters.NameClaimType = "name";
        // The defaults delete only protocol claims (nonce, aud, iss, exp...): name, address, birthdate, gender, source
        // and read_at stay as the ID token has them; auth_time is protocol too.
        options.ClaimActions.DeleteClaim("auth_time");
        options.BackchannelHttpHandler = new DpopHandler(dpop) { InnerHandler = new HttpClientHandler() };
        // The site is plain http on loopback when run locally: its correlation and nonce cookies go back on the
        // portal's top-level GET redirect (Lax), and are Secure only over https.
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.NonceCookie.SameSite = SameSiteMode.Lax;
        options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Events = new OpenIdConnectEvents
        {
            OnPushAuthorization = context =>
            {
                context.ProtocolMessage.ClientAssertionType = ClientAssertions.Type;
                context.ProtocolMessage.ClientAssertion = assertions.Create();
                context.HandleClientAuthentication();
                return Task.CompletedTask;
            },
            OnMessageReceived = context =>
            {
                // RFC 9207: the authorization response names its issuer; one from elsewhere is a mix-up, never redeemed.
                // The portal advertises authorization_response_iss_parameter_supported, so one without it is refused too.
                if (context.ProtocolMessage.Iss != settings.Portal.Issuer)
                {
                    context.Fail("The authorization response does not name the portal as its issuer.");
                }
                return Task.CompletedTask;
            },
            OnAuthorizationCodeReceived = context =>
            {
                context.TokenEndpointRequest!.ClientAssertionType = ClientAssertions.Type;
                context.TokenEndpointRequest.ClientAssertion = assertions.Create();
                return Task.CompletedTask;
            },
            OnRemoteFailure = context =>
            {
                context.Response.Redirect(FailedPath);
                context.HandleResponse();
                return Task.CompletedTask;
            },
        };
    }

    public void Configure(OpenIdConnectOptions options) => Configure(Options.DefaultName, options);
}
