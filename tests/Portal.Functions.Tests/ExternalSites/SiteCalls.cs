using System.Net.Http.Headers;
using System.Text.Json;
using Portal.Domain.Identity.Dpop;
using Portal.Testing.Dpop;

namespace Portal.Functions.Tests.ExternalSites;

/// <summary>What a site sends: the token request with its assertion and DPoP proof, and calls to the external API.</summary>
public sealed class SiteCalls(SiteTokensFixture fixture)
{
    public DpopProofs Key { get; } = DpopProofs.Es256();

    public Task<string> NonceAsync() => fixture.Service<DpopNonces>().CurrentAsync(CancellationToken.None);

    /// <summary>The token request for <paramref name="code"/>; each part can be bent (null removes a field or the proof).</summary>
    public async Task<HttpResponseMessage> RedeemAsync(string code, string clientId = SiteTokensFixture.SiteId,
        string? redirectUri = SiteTokensFixture.RedirectUri, string? verifier = SiteTokensFixture.Verifier, string? assertion = "",
        string? proof = "")
    {
        var fields = new Dictionary<string, string?>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri,
            ["code_verifier"] = verifier,
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertion == "" ? fixture.KeyOf(clientId).Assertion(clientId, Portal.Functions.Tests.Accounts.AccountsApi.Issuer, fixture.Now) : assertion,
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/oauth/token")
        {
            Content = new FormUrlEncodedContent(fields.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!))),
        };
        var dpop = proof == "" ? Key.Make("POST", fixture.TokenEndpoint, fixture.Now, await NonceAsync()) : proof;
        if (dpop is not null)
        {
            request.Headers.Add("DPoP", dpop);
        }
        return await fixture.Api.Client.SendAsync(request);
    }

    /// <summary>A code redeemed with everything right: the token response.</summary>
    public async Task<JsonElement> TokensAsync(string code, string clientId = SiteTokensFixture.SiteId, string redirectUri = SiteTokensFixture.RedirectUri)
    {
        var response = await RedeemAsync(code, clientId, redirectUri);
        return await Portal.Functions.Tests.Accounts.AccountsApi.ExpectAsync(response, 200);
    }

    /// <summary>GET /api/external/information with the token; the proof made by <see cref="Key"/> unless one is given (null: none).</summary>
    public async Task<HttpResponseMessage> InformationAsync(string accessToken, string query = "category=tax-income&asOf=2025-07-01",
        string scheme = "DPoP", string? proof = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/external/information?" + query);
        request.Headers.Authorization = new AuthenticationHeaderValue(scheme, accessToken);
        var dpop = proof == "" ? Key.Make("GET", fixture.InformationEndpoint, fixture.Now, await NonceAsync(), accessToken) : proof;
        if (dpop is not null)
        {
            request.Headers.Add("DPoP", dpop);
        }
        return await fixture.Api.Client.SendAsync(request);
    }
}
