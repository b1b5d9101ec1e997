using Microsoft.Azure.Cosmos;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Portal.Contracts.CardRequests;
using Portal.Domain.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Sessions;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Identity.DeviceAuthorization;
using Portal.Testing;

namespace Portal.Domain.Tests.Identity.Tokens;

public sealed class ResidentTokenIssuerTests(IdentityStoreFixture fixture) : IClassFixture<IdentityStoreFixture>
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly CancellationToken _ct = CancellationToken.None;

    private ResidentTokenIssuer Issuer => fixture.Issuer(_clock);

    private static RegisteredClient Chatbot => IdentityStoreFixture.Client("chatbot");

    [Fact]
    public async Task APendingAccountGetsRegistrationAndTheFirstRefreshAfterRegistrationGetsPortal()
    {
        var account = await NewAccountAsync(AccountStates.Pending);

        var login = await Issuer.IssueAsync(account, Chatbot, ["openid", "portal"], _clock.GetUtcNow(), DeviceKinds.Line, null, _ct);
        var stillPending = await Issuer.RefreshAsync(Chatbot, login.RefreshToken, null, _ct);
        await Accounts().UpsertAsync(account with { State = AccountStates.Registered }, _ct);
        var registered = await Issuer.RefreshAsync(Chatbot, stillPending.RefreshToken, null, _ct);

        Assert.Equal("openid registration", login.Scope);
        Assert.Equal(["openid", "registration"], (await fixture.Tokens(_clock).ValidateAsync(stillPending.AccessToken)).Scopes);
        Assert.Equal(["openid", "portal"], (await fixture.Tokens(_clock).ValidateAsync(registered.AccessToken)).Scopes);
        Assert.All([login, stillPending, registered], t => Assert.Equal(account.Id, t.Subject));
    }

    [Fact]
    public async Task TheIdTokenIsForTheClientWithTheCardLoginsTimeAndMethodsAlsoAfterARefresh()
    {
        var account = await NewAccountAsync(AccountStates.Registered);
        var loggedIn = _clock.GetUtcNow().AddSeconds(-3);
        var login = await Issuer.IssueAsync(account, Chatbot, ["openid", "portal"], loggedIn, DeviceKinds.Line, null, _ct);
        _clock.Advance(TimeSpan.FromMinutes(30));

        var refreshed = await Issuer.RefreshAsync(Chatbot, login.RefreshToken, null, _ct);

        foreach (var idToken in new[] { login.IdToken, refreshed.IdToken })
        {
            var token = await ValidateIdTokenAsync(idToken!);
            Assert.Equal(account.Id, token.Subject);
            Assert.Equal(["chatbot"], token.Audiences);
            Assert.Equal(loggedIn.ToUnixTimeSeconds(), token.GetPayloadValue<long>("auth_time"));
            Assert.Equal(["sc", "pin"], token.GetPayloadValue<string[]>("amr"));
            Assert.Equal((await fixture.Tokens(_clock).ValidateAsync(refreshed.AccessToken)).SessionId, token.GetPayloadValue<string>("sid"));
        }
    }

    [Fact]
    public async Task WithoutOpenIdThereIsNoIdTokenAndWithoutTheRefreshGrantNoRefreshToken()
    {
        var account = await NewAccountAsync(AccountStates.Registered);

        var chatbot = await Issuer.IssueAsync(account, Chatbot, ["portal"], _clock.GetUtcNow(), DeviceKinds.Line, null, _ct);
        var other = await Issuer.IssueAsync(account, IdentityStoreFixture.Client("other-bot"), ["portal"], _clock.GetUtcNow(), DeviceKinds.Line, null, _ct);

        Assert.Null(chatbot.IdToken);
        Assert.NotNull(chatbot.RefreshToken);
        Assert.Null(other.RefreshToken);
        Assert.Equal(OAuthErrors.UnauthorizedClient, (await Assert.ThrowsAsync<OAuthErrorException>(
            () => Issuer.RefreshAsync(IdentityStoreFixture.Client("other-bot"), chatbot.RefreshToken, null, _ct))).Error);
    }

    /// <summary>
    /// The signing keys cannot be loaded (Key Vault not answering) after the session was recorded: the failed login
    /// leaves no entry in ログイン中の端末, no refresh family, and no new-login notice.
    /// </summary>
    [Fact]
    public async Task AFailedIssuanceLeavesNoSessionNoRefreshFamilyAndNoNotice()
    {
        var account = await NewAccountAsync(AccountStates.Registered);
        var services = fixture.Services(_clock, replace: s => s.AddSingleton<ITokenSigningKeySource, UnreachableKeySource>());

        await Assert.ThrowsAsync<IOException>(() => services.GetRequiredService<ResidentTokenIssuer>()
            .IssueAsync(account, Chatbot, ["openid", "portal"], _clock.GetUtcNow(), DeviceKinds.Line, null, _ct));

        Assert.Empty(await services.GetRequiredService<SessionRepository>().ListAsync(account.Id, _ct));
        Assert.Empty(await FamiliesOfAsync(account));
        var notices = (await fixture.Storage.Queue(fixture.BotEventsQueue).PeekMessagesAsync(32, _ct)).Value;
        Assert.DoesNotContain(notices, m => m.Body.ToString().Contains(account.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARefreshMayNarrowTheScopesButNotWidenThem()
    {
        var account = await NewAccountAsync(AccountStates.Registered);
        var login = await Issuer.IssueAsync(account, Chatbot, ["openid", "portal"], _clock.GetUtcNow(), DeviceKinds.Line, null, _ct);

        var narrowed = await Issuer.RefreshAsync(Chatbot, login.RefreshToken, "portal", _ct);

        Assert.Equal("portal", narrowed.Scope);
        Assert.Equal(OAuthErrors.InvalidScope, (await Assert.ThrowsAsync<OAuthErrorException>(
            () => Issuer.RefreshAsync(Chatbot, narrowed.RefreshToken, "portal email", _ct))).Error);
    }

    [Fact]
    public async Task TheRefreshOfADeletedAccountIsInvalidGrant()
    {
        var account = await NewAccountAsync(AccountStates.Registered);
        var login = await Issuer.IssueAsync(account, Chatbot, ["portal"], _clock.GetUtcNow(), DeviceKinds.Line, null, _ct);

        await Accounts().DeleteAsync(account.Id, account.Id, null, _ct);

        Assert.Equal(OAuthErrors.InvalidGrant, (await Assert.ThrowsAsync<OAuthErrorException>(
            () => Issuer.RefreshAsync(Chatbot, login.RefreshToken, null, _ct))).Error);
    }

    [Fact]
    public async Task ACardRevokedSinceTheLoginEndsTheLoginAndItsSessionAtTheNextRefresh()
    {
        var account = await NewAccountAsync(AccountStates.Registered);
        var card = fixture.Pki.Issue();
        var login = await Issuer.IssueAsync(account, Chatbot, ["openid", "portal"], _clock.GetUtcNow(), DeviceKinds.Line, NameOf(card), _ct);
        var before = await Issuer.RefreshAsync(Chatbot, login.RefreshToken, null, _ct);
        var sessionId = (await fixture.Tokens(_clock).ValidateAsync(before.AccessToken)).SessionId!;

        fixture.Pki.Revoke(card);
        await new CrlRefresher(new FileCrlSource(new CrlOptions { Folder = fixture.Pki.CaFolder }), fixture.Crls).RefreshAsync(_ct);

        Assert.Equal(OAuthErrors.InvalidGrant, (await Assert.ThrowsAsync<OAuthErrorException>(
            () => Issuer.RefreshAsync(Chatbot, before.RefreshToken, null, _ct))).Error);
        Assert.Null(await fixture.Services(_clock).GetRequiredService<SessionRepository>().FindAsync(account.Id, sessionId, _ct));
    }

    [Fact]
    public async Task ALoginWhoseCardIssuerIsNoLongerTrustedEndsAtTheNextRefresh()
    {
        var account = await NewAccountAsync(AccountStates.Registered);
        var card = new CertificateName("CN=Retired Authentication CA, O=JPKI, C=JP", NameOf(fixture.Pki.Issue()).SerialNumber);
        var login = await Issuer.IssueAsync(account, Chatbot, ["portal"], _clock.GetUtcNow(), DeviceKinds.Line, card, _ct);

        Assert.Equal(OAuthErrors.InvalidGrant, (await Assert.ThrowsAsync<OAuthErrorException>(
            () => Issuer.RefreshAsync(Chatbot, login.RefreshToken, null, _ct))).Error);
    }

    [Fact]
    public async Task AClientNarrowedSinceTheLoginGetsOnlyWhatItStillHasAndWithNoneLeftTheLoginEnds()
    {
        var account = await NewAccountAsync(AccountStates.Registered);
        var login = await Issuer.IssueAsync(account, Chatbot, ["openid", "portal"], _clock.GetUtcNow(), DeviceKinds.Line, NameOf(fixture.Pki.Issue()), _ct);

        var narrowed = await Issuer.RefreshAsync(Chatbot with { AllowedScopes = ["portal"] }, login.RefreshToken, null, _ct);
        var restored = await Issuer.RefreshAsync(Chatbot, narrowed.RefreshToken, null, _ct);
        var refused = await Assert.ThrowsAsync<OAuthErrorException>(
            () => Issuer.RefreshAsync(Chatbot with { AllowedScopes = ["email"] }, restored.RefreshToken, null, _ct));

        Assert.Equal("portal", narrowed.Scope);
        Assert.Null(narrowed.IdToken);
        Assert.Equal("portal", restored.Scope);
        Assert.Equal(OAuthErrors.InvalidGrant, refused.Error);
        Assert.Equal(OAuthErrors.InvalidGrant, (await Assert.ThrowsAsync<OAuthErrorException>(
            () => Issuer.RefreshAsync(Chatbot, restored.RefreshToken, null, _ct))).Error);
    }

    private static CertificateName NameOf(Certificates.TestCard card)
    {
        using var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(card.AuthenticationCertificate);
        return new CertificateName(certificate.Issuer, certificate.SerialNumber);
    }

    private DocumentStore<Account> Accounts() => new(fixture.Database.Container(PortalContainers.Residents));

    private async Task<Account> NewAccountAsync(string state) =>
        (await Accounts().CreateAsync(new Account
        {
            Id = AccountService.NewAccountId(),
            Certificates = [new AccountCertificate("CN=test", Guid.NewGuid().ToString("N"))],
            State = state,
            CreatedAt = _clock.GetUtcNow(),
        }, _ct)).Document;

    private async Task<JsonWebToken> ValidateIdTokenAsync(string idToken)
    {
        var jwks = new JsonWebKeySet(JsonWebKeySetDocument.From(await fixture.KeyStore(_clock).GetAsync()).ToJsonString());
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = "https://portal.example/api",
            ValidAudience = "chatbot",
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidateLifetime = false,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return (JsonWebToken)result.SecurityToken;
    }

    /// <summary>The account's refresh families (a cross-partition query: tests only).</summary>
    private async Task<IReadOnlyList<RefreshTokenFamily>> FamiliesOfAsync(Account account)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type AND c.accountId = @account")
            .WithParameter("@type", RefreshTokenFamily.DocumentType).WithParameter("@account", account.Id);
        var found = new List<RefreshTokenFamily>();
        using var iterator = fixture.Database.Container(PortalContainers.Grants).GetItemQueryIterator<RefreshTokenFamily>(query);
        while (iterator.HasMoreResults)
        {
            found.AddRange(await iterator.ReadNextAsync(_ct));
        }
        return found;
    }

    private sealed class UnreachableKeySource : ITokenSigningKeySource
    {
        public Task<TokenSigningKeys> LoadAsync(CancellationToken cancellationToken) => throw new IOException("the vault did not answer");
    }
}
