using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Portal.Domain.ExternalSites.PushedAuthorization;
using Portal.Domain.Identity.Dpop;
using Portal.Domain.Storage;
using Portal.Testing.Dpop;

namespace Portal.Functions.Tests.ExternalSites;

/// <summary>
/// POST /api/oauth/par (RFC 9126) under the FAPI 2.0 Security Profile: a registered site with its key pushes a
/// code-flow request with S256 PKCE and gets a single-use request_uri; everything else is refused with the RFC's
/// error shape and stores nothing. A DPoP proof at the push (RFC 9449 §10.1) is optional; when sent it is checked as at
/// the token endpoint and binds the request to its key.
/// </summary>
public sealed class PushedAuthorizationTests(ExternalSitesHost host) : IClassFixture<ExternalSitesHost>
{
    private const string Verifier = "dBjftJeZ4CVP-mJ92K27uhbUJU1p1r_wW1gFWFOEjXk";

    private static readonly Uri ParEndpoint = new(ExternalSitesHost.Issuer + "/oauth/par");

    private readonly DpopProofs _key = DpopProofs.Es256();

    [Fact]
    public async Task ASiteWithItsKeyPushesARequestAndGetsASingleUseRequestUriBoundToIt()
    {
        var response = await PushAsync(Request());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.True(await host.Factory.Services.GetRequiredService<DpopNonces>().IsCurrentAsync(
            Assert.Single(response.Headers.GetValues("DPoP-Nonce")), CancellationToken.None));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var requestUri = body.GetProperty("request_uri").GetString()!;
        Assert.StartsWith("urn:ietf:params:oauth:request_uri:", requestUri, StringComparison.Ordinal);
        Assert.Equal(60, body.GetProperty("expires_in").GetInt32());

        var store = host.Factory.Services.GetRequiredService<PushedAuthorizationStore>();
        Assert.Null(await store.TakeAsync(ExternalSitesHost.AgencyId, requestUri, CancellationToken.None));
        var taken = await store.TakeAsync(ExternalSitesHost.SiteId, requestUri, CancellationToken.None);
        Assert.NotNull(taken);
        Assert.Equal(ExternalSitesHost.RedirectUri, taken.RedirectUri);
        Assert.Equal(["openid", "name"], taken.Scopes);
        Assert.Equal("state-xyz", taken.State);
        Assert.Equal("nonce-abc", taken.Nonce);
        Assert.Equal(Challenge(Verifier), taken.CodeChallenge);
        Assert.Null(await store.TakeAsync(ExternalSitesHost.SiteId, requestUri, CancellationToken.None));
    }

    [Fact]
    public async Task TwoPushesGiveTwoDifferentRequestUris()
    {
        var first = await (await PushAsync(Request())).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await PushAsync(Request())).Content.ReadFromJsonAsync<JsonElement>();

        Assert.NotEqual(first.GetProperty("request_uri").GetString(), second.GetProperty("request_uri").GetString());
    }

    [Fact]
    public async Task ADpopKeyThumbprintIsKeptWithTheRequest()
    {
        var jkt = Challenge("any-dpop-key");

        var response = await PushAsync([.. Request(), ("dpop_jkt", jkt)]);

        var requestUri = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("request_uri").GetString();
        var taken = await host.Factory.Services.GetRequiredService<PushedAuthorizationStore>()
            .TakeAsync(ExternalSitesHost.SiteId, requestUri, CancellationToken.None);
        Assert.Equal(jkt, taken?.DpopJkt);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ADpopProofAtThePushBindsTheRequestToItsKeyAndMayComeWithTheSameKeysThumbprint(bool withDpopJkt)
    {
        (string, string)[] fields = withDpopJkt ? [.. Request(), ("dpop_jkt", _key.Thumbprint)] : Request();

        var response = await PushAsync(fields, await ProofAsync());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(response.Headers.Contains("DPoP-Nonce"));
        Assert.Equal(_key.Thumbprint, (await TakeAsync(response))?.DpopJkt);
    }

    [Fact]
    public async Task AProofWithoutTheNonceIsAnsweredUseDpopNonceWithOneAndTheSameAssertionThenWorksWithIt()
    {
        var fields = Request();
        var before = await CountPushedAsync();

        var first = await PushAsync(fields, _key.Make("POST", ParEndpoint, DateTimeOffset.UtcNow, null));

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal("use_dpop_nonce", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal(before, await CountPushedAsync());
        var nonce = Assert.Single(first.Headers.GetValues("DPoP-Nonce"));

        var second = await PushAsync(fields, _key.Make("POST", ParEndpoint, DateTimeOffset.UtcNow, nonce));

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(_key.Thumbprint, (await TakeAsync(second))?.DpopJkt);
    }

    public static TheoryData<string, string> ProofRefusals => new()
    {
        { "a proof for the token endpoint", "invalid_dpop_proof" },
        { "a proof for GET", "invalid_dpop_proof" },
        { "a proof whose jti was used before", "invalid_dpop_proof" },
        { "a proof signed with RS256", "invalid_dpop_proof" },
        { "a proof signed by another key than its header's", "invalid_dpop_proof" },
        { "a DPoP header that is not a JWT", "invalid_dpop_proof" },
        { "a dpop_jkt of another key than the proof's", "invalid_request" },
    };

    [Theory]
    [MemberData(nameof(ProofRefusals))]
    public async Task ARefusedProofAtThePushAnswersTheRfcErrorWithANonceAndStoresNothing(string refusal, string error)
    {
        var nonce = await host.Factory.Services.GetRequiredService<DpopNonces>().CurrentAsync(CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        var fields = refusal == "a dpop_jkt of another key than the proof's" ? [.. Request(), ("dpop_jkt", DpopProofs.Es256().Thumbprint)] : Request();
        var proof = refusal switch
        {
            "a proof for the token endpoint" => _key.Make("POST", new Uri(ExternalSitesHost.Issuer + "/oauth/token"), now, nonce),
            "a proof for GET" => _key.Make("GET", ParEndpoint, now, nonce),
            "a proof whose jti was used before" => await UsedProofAsync(nonce),
            "a proof signed with RS256" => DpopProofs.Rsa(SecurityAlgorithms.RsaSha256).Make("POST", ParEndpoint, now, nonce),
            "a proof signed by another key than its header's" => _key.Make("POST", ParEndpoint, now, nonce, signedBy: DpopProofs.Es256()),
            "a DPoP header that is not a JWT" => "not-a-jwt",
            "a dpop_jkt of another key than the proof's" => _key.Make("POST", ParEndpoint, now, nonce),
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
        };
        var before = await CountPushedAsync();

        var response = await PushAsync(fields, proof);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(error, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal(before, await CountPushedAsync());
        if (error == "invalid_dpop_proof")
        {
            Assert.True(response.Headers.Contains("DPoP-Nonce"));
        }
    }

    /// <summary>A proof the portal accepted once with a push of its own.</summary>
    private async Task<string> UsedProofAsync(string nonce)
    {
        var proof = _key.Make("POST", ParEndpoint, DateTimeOffset.UtcNow, nonce);
        Assert.Equal(HttpStatusCode.Created, (await PushAsync(Request(), proof)).StatusCode);
        return proof;
    }

    private async Task<string> ProofAsync() => _key.Make("POST", ParEndpoint, DateTimeOffset.UtcNow,
        await host.Factory.Services.GetRequiredService<DpopNonces>().CurrentAsync(CancellationToken.None));

    private async Task<PushedAuthorizationRequest?> TakeAsync(HttpResponseMessage pushed)
    {
        var requestUri = (await pushed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("request_uri").GetString();
        return await host.Factory.Services.GetRequiredService<PushedAuthorizationStore>().TakeAsync(ExternalSitesHost.SiteId, requestUri, CancellationToken.None);
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "no assertion, only the site's client_id", "invalid_client" },
        { "an assertion signed with another key", "invalid_client" },
        { "an assertion for the token endpoint instead of the issuer", "invalid_client" },
        { "a site's assertion signed with RS256", "invalid_client" },
        { "an agency", "unauthorized_client" },
        { "the confidential chatbot", "unauthorized_client" },
        { "an unregistered redirect_uri", "invalid_request" },
        { "a redirect_uri that differs only by a trailing slash", "invalid_request" },
        { "no redirect_uri", "invalid_request" },
        { "plain PKCE", "invalid_request" },
        { "a challenge without its method", "invalid_request" },
        { "no code_challenge", "invalid_request" },
        { "a code_challenge that is not a SHA-256", "invalid_request" },
        { "a scope the site is not registered for", "invalid_scope" },
        { "no openid", "invalid_scope" },
        { "no nonce", "invalid_request" },
        { "response_type=token", "unsupported_response_type" },
        { "no response_type", "invalid_request" },
        { "a request object", "request_not_supported" },
        { "a request_uri pushed", "invalid_request" },
        { "a parameter sent twice", "invalid_request" },
        { "a dpop_jkt that is not a thumbprint", "invalid_request" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ARefusedPushAnswersTheRfcErrorAndStoresNothing(string refusal, string error)
    {
        var before = await CountPushedAsync();

        var response = await PushAsync(RefusedRequest(refusal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(error, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal(before, await CountPushedAsync());
    }

    [Fact]
    public async Task AnAssertionUsedOnceIsRefusedTheSecondTime()
    {
        var assertion = Assertion(host.SiteKey, ExternalSitesHost.SiteId);
        (string, string)[] request = [.. Parameters(), .. assertion];

        var first = await PushAsync(request);
        var replayed = await PushAsync(request);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Equal("invalid_client", (await replayed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task ASiteMaySignItsAssertionWithPs256()
    {
        var response = await PushAsync([.. Parameters(),
            .. Assertion(host.RsaSiteKey, ExternalSitesHost.RsaSiteId, algorithm: SecurityAlgorithms.RsaSsaPssSha256)]);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private (string, string)[] RefusedRequest(string refusal) => refusal switch
    {
        "no assertion, only the site's client_id" => [.. Parameters(), ("client_id", ExternalSitesHost.SiteId)],
        "an assertion signed with another key" => [.. Parameters(), .. Assertion(host.AgencyKey, ExternalSitesHost.SiteId)],
        "an assertion for the token endpoint instead of the issuer" =>
            [.. Parameters(), .. Assertion(host.SiteKey, ExternalSitesHost.SiteId, ExternalSitesHost.Issuer + "/oauth/token")],
        "a site's assertion signed with RS256" => [.. Parameters(), .. Assertion(host.RsaSiteKey, ExternalSitesHost.RsaSiteId)],
        "an agency" => [.. Parameters(), .. Assertion(host.AgencyKey, ExternalSitesHost.AgencyId)],
        "the confidential chatbot" => [.. Parameters(), .. Assertion(host.BotKey, ExternalSitesHost.BotId)],
        "an unregistered redirect_uri" => Request(("redirect_uri", "https://evil.example/signin-oidc")),
        "a redirect_uri that differs only by a trailing slash" => Request(("redirect_uri", ExternalSitesHost.RedirectUri + "/")),
        "no redirect_uri" => Request(("redirect_uri", null)),
        "plain PKCE" => Request(("code_challenge", Verifier), ("code_challenge_method", "plain")),
        "a challenge without its method" => Request(("code_challenge_method", null)),
        "no code_challenge" => Request(("code_challenge", null)),
        "a code_challenge that is not a SHA-256" => Request(("code_challenge", "short")),
        "a scope the site is not registered for" => Request(("scope", "openid address")),
        "no openid" => Request(("scope", "name")),
        "no nonce" => Request(("nonce", null)),
        "response_type=token" => Request(("response_type", "token")),
        "no response_type" => Request(("response_type", null)),
        "a request object" => [.. Request(), ("request", "eyJhbGciOiJub25lIn0.e30.")],
        "a request_uri pushed" => [.. Request(), ("request_uri", "urn:ietf:params:oauth:request_uri:abc")],
        "a parameter sent twice" => [.. Request(), ("scope", "openid")],
        "a dpop_jkt that is not a thumbprint" => [.. Request(), ("dpop_jkt", "not-a-thumbprint")],
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    };

    /// <summary>A good request from the site, with any parameter replaced (or removed with null).</summary>
    private (string, string)[] Request(params (string Name, string? Value)[] changes) =>
        [.. Parameters(changes), .. Assertion(host.SiteKey, ExternalSitesHost.SiteId)];

    private static (string, string)[] Parameters(params (string Name, string? Value)[] changes)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["redirect_uri"] = ExternalSitesHost.RedirectUri,
            ["scope"] = "openid name",
            ["state"] = "state-xyz",
            ["nonce"] = "nonce-abc",
            ["code_challenge"] = Challenge(Verifier),
            ["code_challenge_method"] = "S256",
        };
        foreach (var (name, value) in changes)
        {
            parameters[name] = value;
        }
        return [.. parameters.Where(p => p.Value is not null).Select(p => (p.Key, p.Value!))];
    }

    private static (string, string)[] Assertion(
        Identity.AgencyKey key, string clientId, string audience = ExternalSitesHost.Issuer, string? algorithm = null) =>
    [
        ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
        ("client_assertion", key.Assertion(clientId, audience, DateTimeOffset.UtcNow, algorithm: algorithm)),
    ];

    private static string Challenge(string verifier) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    /// <param name="proof">A DPoP header to send; null sends none.</param>
    private Task<HttpResponseMessage> PushAsync((string Name, string Value)[] fields, string? proof = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/oauth/par")
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        };
        if (proof is not null)
        {
            request.Headers.TryAddWithoutValidation("DPoP", proof);
        }
        return host.Client.SendAsync(request);
    }

    private async Task<int> CountPushedAsync()
    {
        var container = host.Factory.Services.GetRequiredService<PortalDatabase>().Container(PortalContainers.Grants);
        using var query = container.GetItemQueryIterator<int>(new QueryDefinition("SELECT VALUE COUNT(1) FROM c WHERE c.type = @type")
            .WithParameter("@type", PushedAuthorizationRequest.DocumentType));
        var count = 0;
        while (query.HasMoreResults)
        {
            count += (await query.ReadNextAsync()).Sum();
        }
        return count;
    }
}
