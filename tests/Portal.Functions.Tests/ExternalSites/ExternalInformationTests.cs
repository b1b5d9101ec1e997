using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Exchanges;
using Portal.Domain.ExternalSites.Links;
using Portal.Domain.Storage;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Information;
using Portal.Testing.Dpop;
using Portal.Testing.Queues;

namespace Portal.Functions.Tests.ExternalSites;

/// <summary>
/// 自己情報取得API (GET /api/external/information): a linked site with a DPoP-bound token reads the one category the
/// resident consented to, as the resident sees it, and the resident sees the provision in やりとり履歴; a wrong
/// scheme, proof or key, a category not consented to, or an unlink is refused in the DPoP challenge's terms.
/// </summary>
public sealed class ExternalInformationTests(SiteTokensFixture fixture) : IClassFixture<SiteTokensFixture>
{
    private readonly SiteCalls _site = new(fixture);

    private InformationSeeds Seeds => new(fixture.Api);

    /// <summary>A resident with a 2025 tax record from Minato, who linked the site for tax-income; the site's access token.</summary>
    private async Task<(string Resident, string ResidentToken, string AccessToken)> LinkedAsync(IReadOnlyList<string>? scopes = null)
    {
        var (resident, residentToken) = await fixture.ResidentAsync();
        var minato = await Seeds.AgencyAsync(InformationSeeds.Minato, "港区");
        AccountsApi.Expect(await Seeds.PutAsync(minato, await Seeds.RefAsync(InformationSeeds.Minato, resident), "tax-income", "tax-2025",
            InformationSeeds.Tax(2025, 3_000_000)), 201);
        var tokens = await _site.TokensAsync(await fixture.CodeAsync(resident, scopes: scopes));
        return (resident, residentToken, tokens.GetProperty("access_token").GetString()!);
    }

    private Task WrittenAsync() => QueueDrain.UntilEmptyAsync(
        fixture.Service<StorageAccount>().Queue(fixture.Service<ExchangeOutbox>().QueueName), TimeSpan.FromSeconds(60));

    [Fact]
    public async Task TheSiteReadsTheConsentedCategoryAndTheResidentSeesTheProvisionInTheirExchangeHistory()
    {
        var (resident, residentToken, accessToken) = await LinkedAsync();

        var response = await _site.InformationAsync(accessToken);

        var view = await AccountsApi.ExpectAsync(response, 200);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.True(response.Headers.Contains("DPoP-Nonce"));
        var (category, provider, record) = Assert.Single(InformationSeeds.Records(view));
        Assert.Equal(("tax-income", "港区"), (category, provider));
        Assert.Equal(3_000_000, InformationSeeds.Item(record, "totalIncome").GetInt32());

        await WrittenAsync();
        var history = await AccountsApi.ExpectAsync(await fixture.Api.SendAsync(HttpMethod.Get, "/api/me/exchanges", residentToken), 200);
        var entry = Assert.Single(history.GetProperty("items").EnumerateArray(), e => e.GetProperty("kind").GetString() == "site-provision");
        Assert.Equal(SiteTokensFixture.SiteName, entry.GetProperty("requester").GetProperty("name").GetString());
        Assert.Equal("tax-income", entry.GetProperty("category").GetString());
        Assert.Equal("provided", entry.GetProperty("outcome").GetString());
        var link = await fixture.Service<SiteLinks>().FindAsync(resident, SiteTokensFixture.SiteId, CancellationToken.None);
        Assert.NotNull(link?.LastUsedAt);
    }

    [Fact]
    public async Task ACategoryTheResidentDidNotConsentToIsForbiddenAndNotRecorded()
    {
        var (_, residentToken, accessToken) = await LinkedAsync(["openid", "name"]);

        var response = await _site.InformationAsync(accessToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("error=\"insufficient_scope\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        await WrittenAsync();
        var history = await AccountsApi.ExpectAsync(await fixture.Api.SendAsync(HttpMethod.Get, "/api/me/exchanges", residentToken), 200);
        Assert.DoesNotContain(history.GetProperty("items").EnumerateArray(), e => e.GetProperty("kind").GetString() == "site-provision");
    }

    [Fact]
    public async Task AfterTheResidentUnlinksTheSiteItsNextCallIsRefused()
    {
        var (resident, _, accessToken) = await LinkedAsync();
        Assert.Equal(HttpStatusCode.OK, (await _site.InformationAsync(accessToken)).StatusCode);

        await fixture.Service<SiteLinks>().UnlinkAsync(resident, SiteTokensFixture.SiteId, CancellationToken.None);
        var response = await _site.InformationAsync(accessToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "the Bearer scheme", "invalid_token" },
        { "no DPoP proof", "invalid_dpop_proof" },
        { "a proof by another key", "invalid_dpop_proof" },
        { "a proof for another URL", "invalid_dpop_proof" },
        { "a proof without the token's hash", "invalid_dpop_proof" },
        { "a proof whose jti was used before", "invalid_dpop_proof" },
        { "a proof without a nonce", "use_dpop_nonce" },
        { "a resident's token", "invalid_token" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ACallWithoutTheRightTokenAndProofIsUnauthorizedWithADpopChallenge(string refusal, string error)
    {
        var (_, residentToken, accessToken) = await LinkedAsync();
        var nonce = await _site.NonceAsync();

        var response = refusal switch
        {
            "the Bearer scheme" => await _site.InformationAsync(accessToken, scheme: "Bearer"),
            "no DPoP proof" => await _site.InformationAsync(accessToken, proof: null),
            "a proof by another key" => await _site.InformationAsync(accessToken,
                proof: DpopProofs.Es256().Make("GET", fixture.InformationEndpoint, fixture.Now, nonce, accessToken)),
            "a proof for another URL" => await _site.InformationAsync(accessToken,
                proof: _site.Key.Make("GET", fixture.TokenEndpoint, fixture.Now, nonce, accessToken)),
            "a proof without the token's hash" => await _site.InformationAsync(accessToken,
                proof: _site.Key.Make("GET", fixture.InformationEndpoint, fixture.Now, nonce)),
            "a proof whose jti was used before" => await ReplayedAsync(accessToken, nonce),
            "a proof without a nonce" => await _site.InformationAsync(accessToken,
                proof: _site.Key.Make("GET", fixture.InformationEndpoint, fixture.Now, null, accessToken)),
            "a resident's token" => await _site.InformationAsync(residentToken,
                proof: _site.Key.Make("GET", fixture.InformationEndpoint, fixture.Now, nonce, residentToken)),
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.StartsWith("DPoP ", challenge, StringComparison.Ordinal);
        Assert.Contains($"error=\"{error}\"", challenge, StringComparison.Ordinal);
        Assert.Equal(error == "use_dpop_nonce", response.Headers.Contains("DPoP-Nonce"));
    }

    private async Task<HttpResponseMessage> ReplayedAsync(string accessToken, string nonce)
    {
        var proof = _site.Key.Make("GET", fixture.InformationEndpoint, fixture.Now, nonce, accessToken);
        Assert.Equal(HttpStatusCode.OK, (await _site.InformationAsync(accessToken, proof: proof)).StatusCode);
        return await _site.InformationAsync(accessToken, proof: proof);
    }
}
