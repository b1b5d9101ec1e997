using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Portal.Domain.ExternalSites.Links;
using Portal.Domain.ExternalSites.Tokens;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Tests.Accounts;
using Portal.Testing.Dpop;

namespace Portal.Functions.Tests.ExternalSites;

/// <summary>
/// POST /api/oauth/token with grant_type=authorization_code for sites (FAPI 2.0): private_key_jwt, a DPoP proof, the
/// code redeemed once with its redirect URI and PKCE verifier; a DPoP-bound access token for the external API and a
/// PS256 ID token with the pairwise subject and only the consented card claims; every refusal in the RFCs' shapes.
/// </summary>
public sealed class SiteTokenGrantTests(SiteTokensFixture fixture) : IClassFixture<SiteTokensFixture>
{
    private readonly SiteCalls _site = new(fixture);

    [Fact]
    public async Task ACodeRedeemedWithItsProofGivesADpopBoundTokenForTheExternalApiAndAPs256IdTokenWithTheConsentedClaims()
    {
        var (resident, _) = await fixture.ResidentAsync();
        var code = await fixture.CodeAsync(resident, scopes: ["openid", "name", "birthdate", "information:tax-income"]);

        var response = await _site.RedeemAsync(code);

        var body = await AccountsApi.ExpectAsync(response, 200);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.True(response.Headers.Contains("DPoP-Nonce"));
        Assert.Equal("DPoP", body.GetProperty("token_type").GetString());
        Assert.Equal("openid name birthdate information:tax-income", body.GetProperty("scope").GetString());
        Assert.InRange(body.GetProperty("expires_in").GetInt32(), 1, 600);
        Assert.False(body.TryGetProperty("refresh_token", out _));

        var access = await ValidAsync(body.GetProperty("access_token").GetString()!, SiteAccessTokens.Audience);
        Assert.Equal("PS256", access.Alg);
        Assert.Equal(_site.Key.Thumbprint, JsonDocument.Parse(access.GetClaim("cnf").Value).RootElement.GetProperty("jkt").GetString());
        Assert.Equal(SiteTokensFixture.SiteId, access.GetClaim("client_id").Value);
        Assert.NotEqual(resident, access.Subject);
        Assert.True(access.ValidTo - access.IssuedAt <= TimeSpan.FromMinutes(10));
        Assert.False(string.IsNullOrEmpty(access.Id));

        var id = await ValidAsync(body.GetProperty("id_token").GetString()!, SiteTokensFixture.SiteId);
        Assert.Equal("PS256", id.Alg);
        Assert.Equal(access.Subject, id.Subject);
        Assert.Equal("nonce-123", id.GetClaim("nonce").Value);
        Assert.Equal("番号 花子", id.GetClaim("name").Value);
        Assert.Equal("1990-04-01", id.GetClaim("birthdate").Value);
        Assert.Equal("card", id.GetClaim("source").Value);
        Assert.True(id.TryGetPayloadValue<long>("read_at", out _));
        Assert.True(id.TryGetPayloadValue<long>("auth_time", out _));
        Assert.Equal(["sc", "pin"], id.GetPayloadValue<string[]>("amr"));
        Assert.False(id.TryGetClaim("address", out _), "address was not consented");
        Assert.False(id.TryGetClaim("gender", out _), "gender was not consented");
    }

    [Fact]
    public async Task AProofWithoutTheNonceIsAnsweredUseDpopNonceWithOneAndTheSameAssertionThenWorksWithIt()
    {
        var (resident, _) = await fixture.ResidentAsync();
        var code = await fixture.CodeAsync(resident);
        var assertion = fixture.SiteKey.Assertion(SiteTokensFixture.SiteId, AccountsApi.Issuer, fixture.Now);

        var first = await _site.RedeemAsync(code, assertion: assertion, proof: _site.Key.Make("POST", fixture.TokenEndpoint, fixture.Now, null));
        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal("use_dpop_nonce", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        var nonce = Assert.Single(first.Headers.GetValues("DPoP-Nonce"));

        var second = await _site.RedeemAsync(code, assertion: assertion, proof: _site.Key.Make("POST", fixture.TokenEndpoint, fixture.Now, nonce));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "no DPoP proof", "invalid_dpop_proof" },
        { "a proof for another URL", "invalid_dpop_proof" },
        { "a proof for another method", "invalid_dpop_proof" },
        { "a proof signed with RS256", "invalid_dpop_proof" },
        { "a proof whose jti was used before", "invalid_dpop_proof" },
        { "a proof by another key than the code is bound to", "invalid_grant" },
        { "no client assertion", "invalid_client" },
        { "an assertion for the token endpoint instead of the issuer", "invalid_client" },
        { "an assertion by another site's key", "invalid_client" },
        { "no code_verifier", "invalid_grant" },
        { "a wrong code_verifier", "invalid_grant" },
        { "another redirect_uri", "invalid_grant" },
        { "a code issued to another site", "invalid_grant" },
        { "an unknown code", "invalid_grant" },
        { "a code of a resident who unlinked the site", "invalid_grant" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ARefusedTokenRequestAnswersTheRfcErrorAndLeavesTheCodeForItsRightfulUse(string refusal, string error)
    {
        var (resident, _) = await fixture.ResidentAsync();
        var code = await fixture.CodeAsync(resident, dpopJkt: refusal == "a proof by another key than the code is bound to" ? _site.Key.Thumbprint : null);

        var response = await RefusedAsync(refusal, code, resident);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.False(body.TryGetProperty("access_token", out _));
        if (refusal is not ("a code of a resident who unlinked the site" or "an unknown code"))
        {
            // Refused before the code was spent: its own site, done right, still gets tokens.
            Assert.Equal(HttpStatusCode.OK, (await _site.RedeemAsync(code)).StatusCode);
        }
    }

    private async Task<HttpResponseMessage> RefusedAsync(string refusal, string code, string resident)
    {
        var nonce = await _site.NonceAsync();
        switch (refusal)
        {
            case "no DPoP proof":
                return await _site.RedeemAsync(code, proof: null);
            case "a proof for another URL":
                return await _site.RedeemAsync(code, proof: _site.Key.Make("POST", fixture.InformationEndpoint, fixture.Now, nonce));
            case "a proof for another method":
                return await _site.RedeemAsync(code, proof: _site.Key.Make("GET", fixture.TokenEndpoint, fixture.Now, nonce));
            case "a proof signed with RS256":
                return await _site.RedeemAsync(code, proof: DpopProofs.Rsa(SecurityAlgorithms.RsaSha256).Make("POST", fixture.TokenEndpoint, fixture.Now, nonce));
            case "a proof whose jti was used before":
                var proof = _site.Key.Make("POST", fixture.TokenEndpoint, fixture.Now, nonce);
                var (other, _) = await fixture.ResidentAsync();
                Assert.Equal(HttpStatusCode.OK, (await _site.RedeemAsync(await fixture.CodeAsync(other), proof: proof)).StatusCode);
                return await _site.RedeemAsync(code, proof: proof);
            case "a proof by another key than the code is bound to":
                return await _site.RedeemAsync(code, proof: DpopProofs.Es256().Make("POST", fixture.TokenEndpoint, fixture.Now, nonce));
            case "no client assertion":
                return await _site.RedeemAsync(code, assertion: null);
            case "an assertion for the token endpoint instead of the issuer":
                return await _site.RedeemAsync(code, assertion: fixture.SiteKey.Assertion(SiteTokensFixture.SiteId, fixture.TokenEndpoint.ToString(), fixture.Now));
            case "an assertion by another site's key":
                return await _site.RedeemAsync(code, assertion: fixture.OtherSiteKey.Assertion(SiteTokensFixture.SiteId, AccountsApi.Issuer, fixture.Now));
            case "no code_verifier":
                return await _site.RedeemAsync(code, verifier: null);
            case "a wrong code_verifier":
                return await _site.RedeemAsync(code, verifier: new string('a', 43));
            case "another redirect_uri":
                return await _site.RedeemAsync(code, redirectUri: SiteTokensFixture.RedirectUri + "/");
            case "a code issued to another site":
                return await _site.RedeemAsync(code, clientId: SiteTokensFixture.OtherSiteId, redirectUri: SiteTokensFixture.OtherRedirectUri);
            case "an unknown code":
                return await _site.RedeemAsync("not-a-code-this-portal-made");
            case "a code of a resident who unlinked the site":
                await fixture.Service<SiteLinks>().UnlinkAsync(resident, SiteTokensFixture.SiteId, CancellationToken.None);
                return await _site.RedeemAsync(code);
            default:
                throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null);
        }
    }

    [Fact]
    public async Task ACodePresentedAgainIsRefusedAndTheTokenItFirstGaveStopsWorking()
    {
        var (resident, _) = await fixture.ResidentAsync();
        var code = await fixture.CodeAsync(resident);
        var first = (await _site.TokensAsync(code)).GetProperty("access_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await _site.InformationAsync(first)).StatusCode);

        var again = await _site.RedeemAsync(code);

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("invalid_grant", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        var refused = await _site.InformationAsync(first);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("error=\"invalid_token\"", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("client_credentials")]
    [InlineData("refresh_token")]
    [InlineData("urn:ietf:params:oauth:grant-type:device_code")]
    public async Task ASiteMayUseNoOtherGrant(string grantType)
    {
        var response = await fixture.Api.Client.PostAsync("/api/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = grantType,
            ["refresh_token"] = "x",
            ["device_code"] = "x",
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = fixture.SiteKey.Assertion(SiteTokensFixture.SiteId, AccountsApi.Issuer, fixture.Now),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unauthorized_client", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task OneResidentHasOneSubjectAtASectorAcrossLoginsAndAnotherAtAnotherSector()
    {
        var (resident, _) = await fixture.ResidentAsync();

        var first = await SubjectAsync(resident, SiteTokensFixture.SiteId, SiteTokensFixture.RedirectUri);
        var second = await SubjectAsync(resident, SiteTokensFixture.SiteId, SiteTokensFixture.RedirectUri);
        var sameSector = await SubjectAsync(resident, SiteTokensFixture.SameSectorSiteId, "https://m.tax.example/signin-oidc");
        var otherSector = await SubjectAsync(resident, SiteTokensFixture.OtherSiteId, SiteTokensFixture.OtherRedirectUri);
        var (someoneElse, _) = await fixture.ResidentAsync();

        Assert.Equal(first, second);
        Assert.Equal(first, sameSector);
        Assert.NotEqual(first, otherSector);
        Assert.NotEqual(first, await SubjectAsync(someoneElse, SiteTokensFixture.SiteId, SiteTokensFixture.RedirectUri));
        Assert.DoesNotContain(resident, first, StringComparison.Ordinal);
    }

    private async Task<string> SubjectAsync(string resident, string clientId, string redirectUri)
    {
        var tokens = await _site.TokensAsync(await fixture.CodeAsync(resident, clientId, redirectUri), clientId, redirectUri);
        return new JsonWebToken(tokens.GetProperty("id_token").GetString()).Subject;
    }

    /// <summary>Checked as the site's library would: the portal's key, PS256, the issuer and the audience.</summary>
    private async Task<JsonWebToken> ValidAsync(string token, string audience)
    {
        var keys = await fixture.Service<TokenSigningKeyStore>().GetAsync();
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = AccountsApi.Issuer,
            ValidAudience = audience,
            IssuerSigningKeys = keys.All.Select(TokenSigningKeyStore.SecurityKeyOf),
            ValidAlgorithms = [SecurityAlgorithms.RsaSsaPssSha256],
            ValidateLifetime = false,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return (JsonWebToken)result.SecurityToken;
    }
}
