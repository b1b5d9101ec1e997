using System.Net;
using System.Net.Http.Headers;
using Portal.Functions.Tests.Accounts;

namespace Portal.Functions.Tests.ExternalSites;

/// <summary>
/// Site tokens are not resident tokens: a site's access token (its own audience) opens no /api/me endpoint, one per
/// family, whether presented as a bearer token or in the DPoP scheme; the resident's own token opens each of them.
/// </summary>
public sealed class SiteTokensOnResidentEndpointsTests(SiteTokensFixture fixture) : IClassFixture<SiteTokensFixture>
{
    private readonly SiteCalls _site = new(fixture);

    public static TheoryData<string> ResidentEndpoints => new()
    {
        "/api/me",
        "/api/me/profile",
        "/api/me/operations",
        "/api/me/drafts",
        "/api/me/applications",
        "/api/me/notices",
        "/api/me/notification-preferences",
        "/api/me/information",
        "/api/me/exchanges",
        "/api/me/sessions",
        "/api/me/certificates",
        "/api/me/terms",
        "/api/me/profile/lookup-consent",
        "/api/oauth/userinfo",
    };

    [Theory]
    [MemberData(nameof(ResidentEndpoints))]
    public async Task ASitesAccessTokenIsRefusedWhereTheResidentsOwnIsAccepted(string path)
    {
        var (resident, residentToken) = await fixture.ResidentAsync();
        var siteToken = (await _site.TokensAsync(await fixture.CodeAsync(resident))).GetProperty("access_token").GetString()!;

        var asBearer = await fixture.Api.SendAsync(HttpMethod.Get, path, siteToken);
        var asDpop = await fixture.Api.SendAsync(HttpMethod.Get, path, null, configure: r =>
        {
            r.Headers.Authorization = new AuthenticationHeaderValue("DPoP", siteToken);
            r.Headers.Add("DPoP", _site.Key.Make("GET", new Uri(AccountsApi.Issuer + path[4..]), fixture.Now, null, siteToken));
        });
        var own = await fixture.Api.SendAsync(HttpMethod.Get, path, residentToken);

        Assert.Equal(HttpStatusCode.Unauthorized, asBearer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, asDpop.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }
}
