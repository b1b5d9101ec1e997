using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.Tokens;
using Portal.Domain.Identity.Dpop;
using Portal.Domain.Tests.Identity.DeviceAuthorization;
using Portal.Testing;
using Portal.Testing.Dpop;

namespace Portal.Domain.Tests.Identity.Dpop;

/// <summary>
/// DPoP proofs (RFC 9449 §4.3) checked on the real local Cosmos-protocol server, which keeps the used jti and the
/// nonce key: a good proof names its key's thumbprint, and each way a proof can be wrong is refused.
/// </summary>
public sealed class DpopProofValidatorTests(IdentityStoreFixture fixture) : IClassFixture<IdentityStoreFixture>
{
    private static readonly Uri Token = new("https://portal.example/api/oauth/token");
    private static readonly Uri Information = new("https://portal.example/api/external/information");

    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly CancellationToken _ct = CancellationToken.None;

    private DpopNonces Nonces => new(fixture.Database, _clock);

    private DpopProofValidator Validator => new(new DpopReplayGuard(fixture.Database), Nonces, _clock, NullLogger<DpopProofValidator>.Instance);

    public static TheoryData<string> KeyKinds => ["ES256", "PS256"];

    [Theory]
    [MemberData(nameof(KeyKinds))]
    public async Task A_proof_for_this_request_with_a_current_nonce_is_accepted_and_names_its_keys_thumbprint(string kind)
    {
        var client = kind == "ES256" ? DpopProofs.Es256() : DpopProofs.Rsa();
        var proof = client.Make("POST", Token, _clock.GetUtcNow(), await Nonces.CurrentAsync(_ct));

        var accepted = await Validator.ValidateAsync(new DpopRequest([proof], "POST", Token), _ct);

        Assert.Equal(client.Thumbprint, accepted.KeyThumbprint);
    }

    public static TheoryData<string> BadProofs =>
    [
        "no DPoP header", "two DPoP headers", "not a JWT", "typ is JWT", "signed with RS256", "alg none", "no jwk", "the jwk holds the private key",
        "a symmetric jwk", "signed by another key than its jwk", "htm is GET", "htu is another endpoint", "htu is another host", "no jti",
        "no htm", "iat ten minutes old", "iat two minutes ahead", "no iat",
    ];

    [Theory]
    [MemberData(nameof(BadProofs))]
    public async Task A_bad_proof_is_refused_as_invalid_dpop_proof(string why)
    {
        var client = why == "signed with RS256" ? DpopProofs.Rsa(SecurityAlgorithms.RsaSha256) : DpopProofs.Es256();
        var nonce = await Nonces.CurrentAsync(_ct);
        var now = _clock.GetUtcNow();
        string Made(Action<Dictionary<string, object>, Dictionary<string, object>>? change = null, DpopProofs? signedBy = null) =>
            client.Make("POST", Token, now, nonce, null, change, signedBy);
        IReadOnlyList<string> proofs = why switch
        {
            "no DPoP header" => [],
            "two DPoP headers" => [Made(), Made()],
            "not a JWT" => ["not-a-jwt"],
            "typ is JWT" => [Made((_, h) => h["typ"] = "JWT")],
            "alg none" => [Unsigned(Made())],
            "no jwk" => [Made((_, h) => h.Remove("jwk"))],
            "the jwk holds the private key" => [Made((_, h) => h["jwk"] = new Dictionary<string, object>(client.PublicJwk) { ["d"] = "AAAA" })],
            "a symmetric jwk" => [Made((_, h) => h["jwk"] = new Dictionary<string, object> { ["kty"] = "oct", ["k"] = "c2VjcmV0" })],
            "signed by another key than its jwk" => [Made(signedBy: DpopProofs.Es256())],
            "htm is GET" => [Made((c, _) => c["htm"] = "GET")],
            "htu is another endpoint" => [Made((c, _) => c["htu"] = "https://portal.example/api/oauth/par")],
            "htu is another host" => [Made((c, _) => c["htu"] = "https://attacker.example/api/oauth/token")],
            "no jti" => [Made((c, _) => c.Remove("jti"))],
            "no htm" => [Made((c, _) => c.Remove("htm"))],
            "iat ten minutes old" => [Made((c, _) => c["iat"] = now.AddMinutes(-10).ToUnixTimeSeconds())],
            "iat two minutes ahead" => [Made((c, _) => c["iat"] = now.AddMinutes(2).ToUnixTimeSeconds())],
            "no iat" => [Made((c, _) => c.Remove("iat"))],
            _ => [Made()],
        };

        var refused = await Assert.ThrowsAsync<DpopProofRefusedException>(() => Validator.ValidateAsync(new DpopRequest(proofs, "POST", Token), _ct));

        Assert.Equal(DpopErrors.InvalidProof, refused.Error);
    }

    [Fact]
    public async Task The_query_of_the_request_is_not_part_of_what_htu_must_match()
    {
        var client = DpopProofs.Es256();
        var proof = client.Make("GET", Information, _clock.GetUtcNow(), await Nonces.CurrentAsync(_ct), "at-1");

        var accepted = await Validator.ValidateAsync(new DpopRequest([proof], "GET", new Uri(Information + "?category=tax-income"), "at-1"), _ct);

        Assert.Equal(client.Thumbprint, accepted.KeyThumbprint);
    }

    [Fact]
    public async Task The_same_proof_twice_is_refused_the_second_time()
    {
        var proof = DpopProofs.Es256().Make("POST", Token, _clock.GetUtcNow(), await Nonces.CurrentAsync(_ct));
        await Validator.ValidateAsync(new DpopRequest([proof], "POST", Token), _ct);

        var replayed = await Assert.ThrowsAsync<DpopProofRefusedException>(() => Validator.ValidateAsync(new DpopRequest([proof], "POST", Token), _ct));

        Assert.Equal(DpopErrors.InvalidProof, replayed.Error);
    }

    public static TheoryData<string, bool> AccessTokenHashes => new()
    {
        { "the hash of the presented token", true },
        { "the hash of another token", false },
        { "none", false },
    };

    [Theory]
    [MemberData(nameof(AccessTokenHashes))]
    public async Task At_a_resource_the_proof_must_carry_the_hash_of_the_access_token_presented_with_it(string ath, bool accepted)
    {
        var hashed = ath switch { "the hash of the presented token" => "at-presented", "the hash of another token" => "at-other", _ => null };
        var proof = DpopProofs.Es256().Make("GET", Information, _clock.GetUtcNow(), await Nonces.CurrentAsync(_ct), hashed);
        var request = new DpopRequest([proof], "GET", Information, "at-presented");

        if (accepted)
        {
            await Validator.ValidateAsync(request, _ct);
        }
        else
        {
            Assert.Equal(DpopErrors.InvalidProof, (await Assert.ThrowsAsync<DpopProofRefusedException>(() => Validator.ValidateAsync(request, _ct))).Error);
        }
    }

    public static TheoryData<string, string?> StaleNonces => new()
    {
        { "no nonce", null },
        { "a nonce this portal never made", "bm90LWEtbm9uY2U" },
        { "a nonce from two slots ago", "two-slots-ago" },
    };

    [Theory]
    [MemberData(nameof(StaleNonces))]
    public async Task A_proof_without_a_current_nonce_is_answered_use_dpop_nonce_so_the_client_retries_with_one(string why, string? nonce)
    {
        if (nonce == "two-slots-ago")
        {
            nonce = await Nonces.CurrentAsync(_ct);
            _clock.Advance(DpopNonces.Slot * 2);
        }
        var proof = DpopProofs.Es256().Make("POST", Token, _clock.GetUtcNow(), nonce);

        var refused = await Assert.ThrowsAsync<DpopProofRefusedException>(() => Validator.ValidateAsync(new DpopRequest([proof], "POST", Token), _ct));

        Assert.True(refused.Error == DpopErrors.UseNonce, why);
    }

    [Fact]
    public async Task A_nonce_from_the_previous_slot_is_still_accepted_so_a_client_is_not_refused_at_a_slot_boundary()
    {
        var nonce = await Nonces.CurrentAsync(_ct);
        _clock.Advance(DpopNonces.Slot);
        var proof = DpopProofs.Es256().Make("POST", Token, _clock.GetUtcNow(), nonce);

        await Validator.ValidateAsync(new DpopRequest([proof], "POST", Token), _ct);
    }

    [Fact]
    public async Task Two_instances_accept_each_others_nonces()
    {
        var fromOne = await new DpopNonces(fixture.Database, _clock).CurrentAsync(_ct);

        Assert.True(await new DpopNonces(fixture.Database, _clock).IsCurrentAsync(fromOne, _ct));
    }

    /// <summary>The same claims with <c>alg: none</c> and no signature.</summary>
    private static string Unsigned(string proof)
    {
        var parts = proof.Split('.');
        var header = System.Text.Json.Nodes.JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(parts[0]))!.AsObject();
        header["alg"] = "none";
        return System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + parts[1] + ".";
    }
}
