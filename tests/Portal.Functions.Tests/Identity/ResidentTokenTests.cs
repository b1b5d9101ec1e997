using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Duende.IdentityModel;
using Duende.IdentityModel.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Portal.Domain.Accounts;
using Portal.Domain.Storage;
using Portal.Testing;

namespace Portal.Functions.Tests.Identity;

/// <summary>
/// What a resident's client does with its tokens after the card login, through a standard OAuth library: refresh
/// (rotating), validate the ID token, read userinfo, revoke.
/// </summary>
public sealed class ResidentTokenTests(IdentityPki pki) : IClassFixture<IdentityPki>, IAsyncLifetime
{
    private const string Issuer = "http://localhost/api";
    private const string ClientId = OAuthTestClients.ChatbotId;
    private const string OtherClientId = "other-bot";

    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly string _keys = Directory.CreateTempSubdirectory("token-keys-").FullName;
    private IdentityHost _host = null!;
    private HttpClient _client = null!;
    private DiscoveryDocumentResponse _discovery = null!;

    public async Task InitializeAsync()
    {
        _host = await IdentityHost.StartAsync(pki.CaFolder, pki.CaFolder, _clock, new Dictionary<string, string?>
        {
            ["Identity:Tokens:Issuer"] = Issuer,
            ["Identity:Tokens:SigningKeyFolder"] = _keys,
        });
        _client = _host.Factory.CreateClient();
        await OAuthTestClients.SeedAsync(_host.Services, OAuthTestClients.Chatbot(), OAuthTestClients.Chatbot(OtherClientId));
        _discovery = await CardLogin.DiscoverAsync(_client, Issuer);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }

    [Fact]
    public async Task EveryRefreshRotatesAndReplayingASpentTokenEndsTheLoginForEveryone()
    {
        var login = await LogInAsync("openid portal");

        var first = await RefreshAsync(login.RefreshToken!);
        var second = await RefreshAsync(first.RefreshToken!);
        var replay = await RefreshAsync(login.RefreshToken!);
        var newest = await RefreshAsync(second.RefreshToken!);

        Assert.False(first.IsError, first.Error);
        Assert.False(second.IsError, second.Error);
        Assert.NotEqual(login.RefreshToken, first.RefreshToken);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.Equal(OidcConstants.TokenErrors.InvalidGrant, replay.Error);
        Assert.Equal(OidcConstants.TokenErrors.InvalidGrant, newest.Error);
        var warning = Assert.Single(_host.Root.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("refresh token"));
        Assert.All(login.RefreshToken!.Split('.'), part => Assert.DoesNotContain(part, warning.Message));
        Assert.DoesNotContain("acc-", warning.Message);
    }

    [Fact]
    public async Task ARetriedRefreshWithinSecondsIsInvalidGrantButTheLoginGoesOnWithoutAWarning()
    {
        var login = await LogInAsync("openid portal");

        var first = await RefreshAsync(login.RefreshToken!);
        var retry = await RefreshAsync(login.RefreshToken!);
        var next = await RefreshAsync(first.RefreshToken!);

        Assert.Equal(OidcConstants.TokenErrors.InvalidGrant, retry.Error);
        Assert.False(next.IsError, next.Error);
        Assert.DoesNotContain(_host.Root.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("refresh token"));
    }

    [Fact]
    public async Task APendingAccountGetsRegistrationAndAfterRegistrationTheNextRefreshGetsPortal()
    {
        var login = await LogInAsync("openid portal");
        var subject = SubjectOf(login.AccessToken!);
        var stillPending = await RefreshAsync(login.RefreshToken!);

        await SetAccountAsync(subject, a => a with { State = AccountStates.Registered });
        var registered = await RefreshAsync(stillPending.RefreshToken!);

        Assert.Equal("openid registration", login.Scope);
        Assert.Equal("openid registration", stillPending.Scope);
        Assert.Equal("openid portal", registered.Scope);
        Assert.Equal(subject, SubjectOf(registered.AccessToken!));
    }

    [Fact]
    public async Task TheIdTokenValidatesWithThePublishedKeysForThisClientWithTheCardAsTheMethod()
    {
        var before = DateTimeOffset.FromUnixTimeSeconds(_clock.GetUtcNow().ToUnixTimeSeconds());
        var login = await LogInAsync("openid portal");
        var jwks = new JsonWebKeySet(await _client.GetStringAsync(_discovery.JwksUri));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(login.IdentityToken, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = ClientId,
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateLifetime = false,
        });

        Assert.True(result.IsValid, result.Exception?.Message);
        var token = (JsonWebToken)result.SecurityToken;
        Assert.Equal(SubjectOf(login.AccessToken!), token.Subject);
        Assert.Equal(["sc", "pin"], token.GetPayloadValue<string[]>("amr"));
        Assert.InRange(token.GetPayloadValue<long>("auth_time"), before.ToUnixTimeSeconds(), _clock.GetUtcNow().ToUnixTimeSeconds());
        Assert.True(token.ValidTo > token.IssuedAt);
        Assert.False(string.IsNullOrEmpty(token.Kid));
    }

    [Fact]
    public async Task WithoutOpenIdThereIsNoIdTokenAndUserInfoRefusesTheToken()
    {
        var login = await LogInAsync("portal");

        var userInfo = await UserInfoAsync(login.AccessToken!);

        Assert.Null(login.IdentityToken);
        Assert.Equal(HttpStatusCode.Unauthorized, userInfo.HttpStatusCode);
        Assert.Contains("invalid_token", userInfo.HttpResponse!.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task UserInfoGivesTheSubjectAndTheConfirmedEmailOnlyUnderScopeEmail()
    {
        var login = await LogInAsync("openid portal email");
        var subject = SubjectOf(login.AccessToken!);
        var withoutAddress = await UserInfoAsync(login.AccessToken!);
        await SetAccountAsync(subject, a => a with { Email = "hanako@example.jp" });
        var narrowed = await RefreshAsync(login.RefreshToken!, "openid portal");

        var withEmail = await UserInfoAsync(login.AccessToken!);
        var withoutScope = await UserInfoAsync(narrowed.AccessToken!);
        var posted = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Post, _discovery.UserInfoEndpoint)
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", login.AccessToken) },
        });

        Assert.False(withoutAddress.IsError, withoutAddress.Error);
        Assert.Equal(subject, withoutAddress.Json?.GetProperty("sub").GetString());
        Assert.False(withoutAddress.Json?.TryGetProperty("email", out _));
        Assert.Equal("hanako@example.jp", withEmail.Json?.GetProperty("email").GetString());
        Assert.True(withEmail.Json?.GetProperty("email_verified").GetBoolean());
        Assert.False(withoutScope.Json?.TryGetProperty("email", out _));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(subject, (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sub").GetString());
        Assert.DoesNotContain(_host.Root.Logs.Entries, e => e.Message.Contains("hanako@example.jp"));
    }

    [Fact]
    public async Task RevokingARefreshTokenEndsTheLoginButAnotherClientIsRefusedAndRevokesNothing()
    {
        var login = await LogInAsync("openid portal");

        var byOther = await RevokeAsync(login.RefreshToken!, OtherClientId);
        var stillWorks = await RefreshAsync(login.RefreshToken!);
        var byOwner = await RevokeAsync(stillWorks.RefreshToken!, ClientId);
        var afterRevocation = await RefreshAsync(stillWorks.RefreshToken!);

        Assert.Equal(OidcConstants.TokenErrors.InvalidGrant, byOther.Error);
        Assert.Equal(HttpStatusCode.BadRequest, byOther.HttpStatusCode);
        Assert.False(stillWorks.IsError, stillWorks.Error);
        Assert.False(byOwner.IsError, byOwner.Error);
        Assert.Equal(OidcConstants.TokenErrors.InvalidGrant, afterRevocation.Error);
    }

    [Fact]
    public async Task AnAccessTokenIsUnsupportedTokenTypeAnUnknownTokenIsOkAndAnUnknownClientIsInvalidClient()
    {
        var login = await LogInAsync("portal");

        var access = await RevokeAsync(login.AccessToken!, ClientId);
        var hinted = await RevokeAsync("AAAAAAAAAAAAAAAAAAAAAA.never-issued", ClientId, OidcConstants.TokenTypes.AccessToken);
        var unknown = await RevokeAsync("AAAAAAAAAAAAAAAAAAAAAA.never-issued", ClientId);
        var stranger = await RevokeAsync(login.RefreshToken!, "stranger");

        Assert.Equal("unsupported_token_type", access.Error);
        Assert.Equal(HttpStatusCode.BadRequest, access.HttpStatusCode);
        Assert.Equal("unsupported_token_type", hinted.Error);
        Assert.Equal(HttpStatusCode.OK, unknown.HttpStatusCode);
        Assert.Equal(OidcConstants.TokenErrors.InvalidClient, stranger.Error);
        Assert.False((await RefreshAsync(login.RefreshToken!)).IsError);
    }

    [Fact]
    public void DiscoveryListsOnlyEndpointsThatExistAndHowTheRevocationEndpointAuthenticates()
    {
        var metadata = _discovery.Json!.Value;

        // The authorization endpoint is the external sites' (the code flow with PAR); residents' own clients use the device flow.
        Assert.Equal(Issuer + "/oauth/authorize", metadata.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(["code"], metadata.GetProperty("response_types_supported").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(
            metadata.GetProperty("token_endpoint_auth_signing_alg_values_supported").EnumerateArray().Select(a => a.GetString()),
            metadata.GetProperty("revocation_endpoint_auth_signing_alg_values_supported").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("RS256", metadata.GetProperty("revocation_endpoint_auth_signing_alg_values_supported").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task AResidentTokenIsRefusedByAgencyEndpoints()
    {
        var login = await LogInAsync("portal");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/agency/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", login.AccessToken);

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheRefreshOfADeletedAccountIsInvalidGrant()
    {
        var login = await LogInAsync("portal");

        await Accounts().DeleteAsync(SubjectOf(login.AccessToken!), SubjectOf(login.AccessToken!), null, CancellationToken.None);

        Assert.Equal(OidcConstants.TokenErrors.InvalidGrant, (await RefreshAsync(login.RefreshToken!)).Error);
    }

    private Task<TokenResponse> LogInAsync(string scope) =>
        CardLogin.LogInAsync(_client, _clock, _discovery, pki.Issue(), ClientId, scope);

    private Task<TokenResponse> RefreshAsync(string refreshToken, string? scope = null) =>
        _client.RequestRefreshTokenAsync(new RefreshTokenRequest
        {
            Address = _discovery.TokenEndpoint,
            ClientId = ClientId,
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
            RefreshToken = refreshToken,
            Scope = scope,
        });

    private Task<UserInfoResponse> UserInfoAsync(string accessToken) =>
        _client.GetUserInfoAsync(new UserInfoRequest { Address = _discovery.UserInfoEndpoint, Token = accessToken });

    private Task<TokenRevocationResponse> RevokeAsync(string token, string clientId, string? hint = null) =>
        _client.RevokeTokenAsync(new TokenRevocationRequest
        {
            Address = _discovery.RevocationEndpoint,
            ClientId = clientId,
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
            Token = token,
            TokenTypeHint = hint!,
        });

    private static string SubjectOf(string accessToken) => new JsonWebToken(accessToken).Subject;

    private DocumentStore<Account> Accounts() =>
        new(_host.Services.GetRequiredService<PortalDatabase>().Container(PortalContainers.Residents));

    private async Task SetAccountAsync(string id, Func<Account, Account> change)
    {
        var account = (await Accounts().ReadAsync(id, id, CancellationToken.None))!.Document;
        await Accounts().UpsertAsync(change(account), CancellationToken.None);
    }
}
