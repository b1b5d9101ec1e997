using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Sessions;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.OperationHistory;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Identity.DeviceAuthorization;
using Portal.Testing;

namespace Portal.Domain.Tests.Identity.Tokens;

/// <summary>Refresh-token families on the real local Cosmos-protocol server.</summary>
public sealed class RefreshTokenStoreTests(IdentityStoreFixture fixture) : IClassFixture<IdentityStoreFixture>
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly CancellationToken _ct = CancellationToken.None;

    private RefreshTokenStore Store(TokenOptions? options = null) => fixture.RefreshTokens(_clock, options);

    [Fact]
    public async Task OnlyTheHashIsStoredAndEveryUseRotatesTheToken()
    {
        var first = (await Store().CreateAsync("acc-1", "chatbot", "openid portal", _clock.GetUtcNow(), SessionIdentifiers.NewSessionId(), null, _ct)).RefreshToken;

        var second = (await Store().RotateAsync(first, "chatbot", _ct)).RefreshToken;
        var third = await Store().RotateAsync(second, "chatbot", _ct);

        var (familyId, secret) = Split(first);
        var stored = await ReadAsync(familyId);
        Assert.NotNull(stored);
        Assert.DoesNotContain(secret, System.Text.Json.JsonSerializer.Serialize(stored));
        Assert.Equal(RefreshTokenStore.HashOf(Split(third.RefreshToken).Secret), stored.CurrentHash);
        Assert.Equal([RefreshTokenStore.HashOf(secret), RefreshTokenStore.HashOf(Split(second).Secret)], stored.PreviousHashes);
        Assert.Equal(2, stored.Rotations);
        Assert.Equal(familyId, Split(third.RefreshToken).FamilyId);
        Assert.Equal(("acc-1", "chatbot", "openid portal"), (stored.AccountId, stored.ClientId, stored.Scope));
        Assert.InRange(stored.Ttl, 1, (int)TimeSpan.FromDays(30).TotalSeconds);
    }

    [Fact]
    public async Task PresentingASpentTokenRevokesTheWholeFamilySoTheNewestFailsTooAndTheResidentSeesIt()
    {
        var account = $"acc-{Guid.NewGuid():N}";
        var first = (await Store().CreateAsync(account, "chatbot", "portal", _clock.GetUtcNow(), SessionIdentifiers.NewSessionId(), null, _ct)).RefreshToken;
        var second = (await Store().RotateAsync(first, "chatbot", _ct)).RefreshToken;
        _clock.Advance(RefreshTokenStore.ReuseGrace);

        await AssertInvalidGrant(() => Store().RotateAsync(first, "chatbot", _ct));

        await AssertInvalidGrant(() => Store().RotateAsync(second, "chatbot", _ct));
        Assert.Null(await ReadAsync(Split(first).FamilyId));
        Assert.Equal([(SessionOperations.ReuseRevoked, OperationOutcome.Refused)], await HistoryOfAsync(account));
    }

    [Fact]
    public async Task TheSameClientRetryingWithTheTokenItJustSpentIsRefusedWithoutEndingTheLoginOrAlarmingTheResident()
    {
        var account = $"acc-{Guid.NewGuid():N}";
        var first = (await Store().CreateAsync(account, "chatbot", "portal", _clock.GetUtcNow(), SessionIdentifiers.NewSessionId(), null, _ct)).RefreshToken;
        var second = (await Store().RotateAsync(first, "chatbot", _ct)).RefreshToken;
        _clock.Advance(RefreshTokenStore.ReuseGrace - TimeSpan.FromSeconds(1));

        await AssertInvalidGrant(() => Store().RotateAsync(first, "chatbot", _ct));

        Assert.NotNull((await Store().RotateAsync(second, "chatbot", _ct)).RefreshToken);
        Assert.Empty(await HistoryOfAsync(account));
    }

    [Fact]
    public async Task AnOlderSpentTokenWithinTheGraceStillEndsTheLogin()
    {
        var account = $"acc-{Guid.NewGuid():N}";
        var first = (await Store().CreateAsync(account, "chatbot", "portal", _clock.GetUtcNow(), SessionIdentifiers.NewSessionId(), null, _ct)).RefreshToken;
        var second = (await Store().RotateAsync(first, "chatbot", _ct)).RefreshToken;
        var third = (await Store().RotateAsync(second, "chatbot", _ct)).RefreshToken;

        await AssertInvalidGrant(() => Store().RotateAsync(first, "chatbot", _ct));

        await AssertInvalidGrant(() => Store().RotateAsync(third, "chatbot", _ct));
        Assert.Equal([(SessionOperations.ReuseRevoked, OperationOutcome.Refused)], await HistoryOfAsync(account));
    }

    [Fact]
    public async Task OfConcurrentRefreshesWithTheSameTokenExactlyOneWins()
    {
        var token = (await Store().CreateAsync("acc-1", "chatbot", "portal", _clock.GetUtcNow(), SessionIdentifiers.NewSessionId(), null, _ct)).RefreshToken;

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                return (await Store().RotateAsync(token, "chatbot", _ct)).RefreshToken;
            }
            catch (OAuthErrorException e) when (e.Error == OAuthErrors.InvalidGrant)
            {
                return null;
            }
        }));

        Assert.Single(attempts, a => a is not null);
    }

    [Fact]
    public async Task AFamilyEndsAtItsAbsoluteExpiryHoweverOftenItIsUsed()
    {
        var options = new TokenOptions { RefreshTokenLifetime = TimeSpan.FromDays(2), RefreshTokenIdleTimeout = TimeSpan.FromDays(1) };
        var token = (await Store(options).CreateAsync("acc-1", "chatbot", "portal", _clock.GetUtcNow(), SessionIdentifiers.NewSessionId(), null, _ct)).RefreshToken;
        for (var use = 0; use < 2; use++)
        {
            _clock.Advance(TimeSpan.FromHours(20));
            token = (await Store(options).RotateAsync(token, "chatbot", _ct)).RefreshToken;
        }

        _clock.Advance(TimeSpan.FromHours(20));

        await AssertInvalidGrant(() => Store(options).RotateAsync(token, "chatbot", _ct));
    }

    [Fact]
    public async Task AFamilyNotUsedForTheIdleTimeoutEnds()
    {
        var token = (await Store().CreateAsync("acc-1", "chatbot", "portal", _clock.GetUtcNow(), SessionIdentifiers.NewSessionId(), null, _ct)).RefreshToken;

        _clock.Advance(new TokenOptions().RefreshTokenIdleTimeout);

        await AssertInvalidGrant(() => Store().RotateAsync(token, "chatbot", _ct));
    }

    [Fact]
    public async Task AnotherClientCannotRefreshNorRevokeItWhichIsRefusedAndTheOwnerStillCan()
    {
        var account = $"acc-{Guid.NewGuid():N}";
        var token = (await Store().CreateAsync(account, "chatbot", "portal", _clock.GetUtcNow(), SessionIdentifiers.NewSessionId(), null, _ct)).RefreshToken;

        await AssertInvalidGrant(() => Store().RotateAsync(token, "other-bot", _ct));
        await AssertInvalidGrant(() => Store().RevokeAsync(token, "other-bot", _ct));
        // A wrong secret in the same family is unknown, not refused: guessing learns nothing.
        Assert.False(await Store().RevokeAsync($"{Split(token).FamilyId}.AAAA", "other-bot", _ct));

        var next = (await Store().RotateAsync(token, "chatbot", _ct)).RefreshToken;
        Assert.True(await Store().RevokeAsync(next, "chatbot", _ct));
        await AssertInvalidGrant(() => Store().RotateAsync(next, "chatbot", _ct));
        Assert.Equal([(SessionOperations.SignOut, OperationOutcome.Succeeded)], await HistoryOfAsync(account));
    }

    private async Task<List<(string, OperationOutcome)>> HistoryOfAsync(string account) =>
        (await fixture.History(_clock).ListAsync(account, _clock.GetUtcNow().AddDays(-1), _clock.GetUtcNow().AddDays(1), 100, null, _ct))
        .Items.Select(r => (r.Operation, r.Outcome)).ToList();

    [Theory]
    [InlineData("")]
    [InlineData("no-dot")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA.never-issued")]
    public async Task GarbageUnknownOrAnAccessTokenIsInvalidGrantAndRevokesNothing(string token)
    {
        await AssertInvalidGrant(() => Store().RotateAsync(token, "chatbot", _ct));
        Assert.False(await Store().RevokeAsync(token, "chatbot", _ct));
    }

    private static (string FamilyId, string Secret) Split(string token) => (token[..token.IndexOf('.')], token[(token.IndexOf('.') + 1)..]);

    private async Task<RefreshTokenFamily?> ReadAsync(string familyId)
    {
        var id = RefreshTokenFamily.IdPrefix + familyId;
        return (await new DocumentStore<RefreshTokenFamily>(fixture.Database.Container(PortalContainers.Grants)).ReadAsync(id, id, _ct))?.Document;
    }

    private static async Task AssertInvalidGrant(Func<Task> act) =>
        Assert.Equal(OAuthErrors.InvalidGrant, (await Assert.ThrowsAsync<OAuthErrorException>(act)).Error);
}
