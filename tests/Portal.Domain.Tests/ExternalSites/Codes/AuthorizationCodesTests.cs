using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.ExternalSites.Codes;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Identity.DeviceAuthorization;
using Portal.Testing;

namespace Portal.Domain.Tests.ExternalSites.Codes;

/// <summary>
/// Authorization codes on the real local Cosmos-protocol server: one redemption, by the client they were issued to,
/// with the redirect URI, PKCE verifier and DPoP key they are bound to; a replay is told apart from a bad code.
/// </summary>
public sealed class AuthorizationCodesTests(IdentityStoreFixture fixture) : IClassFixture<IdentityStoreFixture>
{
    private const string Site = "site-etax";
    private const string Redirect = "https://etax.example/signin-oidc";
    private const string Key = "jkt-of-the-sites-dpop-key";

    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly CancellationToken _ct = CancellationToken.None;
    private readonly string _verifier = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private AuthorizationCodes Codes => new(fixture.Database, _clock, NullLogger<AuthorizationCodes>.Instance);

    private string Challenge => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(_verifier)));

    private Task<string> IssueAsync(string? dpopJkt = Key) => Codes.IssueAsync(new NewAuthorizationCode(
        Site, Redirect, Challenge, dpopJkt, "acc-1", ["openid", "name"], "n-0S6", _clock.GetUtcNow()), _ct);

    private CodeRedemption Rightful(string code) => new(Site, code, Redirect, _verifier, Key);

    [Fact]
    public async Task The_rightful_redemption_gives_the_account_scopes_and_nonce_the_resident_consented_with()
    {
        var code = await IssueAsync();

        var redeemed = await Codes.RedeemAsync(Rightful(code), _ct);

        Assert.Equal(("acc-1", "n-0S6"), (redeemed.AccountId, redeemed.Nonce));
        Assert.Equal(["openid", "name"], redeemed.Scopes);
    }

    public static TheoryData<string> WrongRedemptions =>
    [
        "another client", "another redirect URI", "a redirect URI that only starts the same", "no verifier", "a wrong verifier",
        "the challenge as a plain verifier", "a verifier too short", "another DPoP key", "no DPoP key", "a code never issued",
    ];

    [Theory]
    [MemberData(nameof(WrongRedemptions))]
    public async Task A_wrong_redemption_is_invalid_grant_and_leaves_the_code_for_its_rightful_client(string why)
    {
        var code = await IssueAsync();
        var rightful = Rightful(code);
        var wrong = why switch
        {
            "another client" => rightful with { ClientId = "site-other" },
            "another redirect URI" => rightful with { RedirectUri = "https://etax.example/other" },
            "a redirect URI that only starts the same" => rightful with { RedirectUri = Redirect + "/../evil" },
            "no verifier" => rightful with { CodeVerifier = null },
            "a wrong verifier" => rightful with { CodeVerifier = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)) },
            "the challenge as a plain verifier" => rightful with { CodeVerifier = Challenge },
            "a verifier too short" => rightful with { CodeVerifier = _verifier[..42] },
            "another DPoP key" => rightful with { DpopJkt = "jkt-of-an-attackers-key" },
            "no DPoP key" => rightful with { DpopJkt = null },
            _ => rightful with { Code = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)) },
        };

        var refused = await Assert.ThrowsAsync<OAuthErrorException>(() => Codes.RedeemAsync(wrong, _ct));

        Assert.Equal(OAuthErrors.InvalidGrant, refused.Error);
        Assert.Equal("acc-1", (await Codes.RedeemAsync(rightful, _ct)).AccountId);
    }

    [Fact]
    public async Task A_code_is_good_for_sixty_seconds()
    {
        var (inTime, late) = (await IssueAsync(), await IssueAsync());

        _clock.Advance(AuthorizationCodes.Lifetime - TimeSpan.FromSeconds(1));
        await Codes.RedeemAsync(Rightful(inTime), _ct);
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(OAuthErrors.InvalidGrant, (await Assert.ThrowsAsync<OAuthErrorException>(() => Codes.RedeemAsync(Rightful(late), _ct))).Error);
    }

    [Fact]
    public async Task A_code_issued_without_a_dpop_key_is_bound_to_none()
    {
        var code = await IssueAsync(dpopJkt: null);

        Assert.Equal("acc-1", (await Codes.RedeemAsync(Rightful(code) with { DpopJkt = "any-key" }, _ct)).AccountId);
    }

    [Fact]
    public async Task A_second_redemption_is_recognised_as_a_replay_naming_whose_tokens_to_revoke()
    {
        var code = await IssueAsync();
        await Codes.RedeemAsync(Rightful(code), _ct);

        var replay = await Assert.ThrowsAsync<AuthorizationCodeReusedException>(() => Codes.RedeemAsync(Rightful(code), _ct));

        Assert.Equal((Site, "acc-1"), (replay.ClientId, replay.AccountId));
    }

    [Fact]
    public async Task Of_two_redemptions_at_the_same_moment_exactly_one_gets_tokens()
    {
        var code = await IssueAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            try
            {
                await Codes.RedeemAsync(Rightful(code), _ct);
                return "redeemed";
            }
            catch (AuthorizationCodeReusedException)
            {
                return "replay";
            }
        }));

        Assert.Equal(["redeemed", "replay"], outcomes.Order());
    }

    [Fact]
    public async Task The_store_keeps_a_hash_of_the_code_and_never_the_code()
    {
        var code = await IssueAsync();

        var stored = await new DocumentStore<AuthorizationCode>(fixture.Database.Container(PortalContainers.Grants))
            .ReadAsync(AuthorizationCodes.IdOf(code), AuthorizationCodes.IdOf(code), _ct);

        Assert.NotNull(stored);
        Assert.DoesNotContain(code, JsonSerializer.Serialize(stored.Document), StringComparison.Ordinal);
    }
}
