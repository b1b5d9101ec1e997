using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.ExternalSites.PushedAuthorization;
using Portal.Testing;

namespace Portal.Domain.Tests.ExternalSites;

/// <summary>
/// A pushed authorization request is taken once (RFC 9126 §4), only by the client that pushed it, and only within its
/// 60 seconds: what the authorization page relies on.
/// </summary>
public sealed class PushedAuthorizationStoreTests(ExternalSitesStoreFixture store) : IClassFixture<ExternalSitesStoreFixture>
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task TheClientThatPushedItTakesItOnceAndASecondTakeFindsNothing()
    {
        var requestUri = await PushAsync("demo-site");

        var first = await Store().TakeAsync("demo-site", requestUri, CancellationToken.None);
        var second = await Store().TakeAsync("demo-site", requestUri, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Equal("https://demo.example/callback", first.RedirectUri);
        Assert.Equal(["openid", "name"], first.Scopes);
        Assert.Equal("state-1", first.State);
        Assert.Equal("nonce-1", first.Nonce);
        Assert.Null(second);
    }

    [Fact]
    public async Task AnotherClientCannotTakeItAndTheClientThatPushedItStillCan()
    {
        var requestUri = await PushAsync("demo-site");

        Assert.Null(await Store().TakeAsync("other-site", requestUri, CancellationToken.None));
        Assert.NotNull(await Store().TakeAsync("demo-site", requestUri, CancellationToken.None));
    }

    [Fact]
    public async Task AnExpiredRequestCannotBeTaken()
    {
        var requestUri = await PushAsync("demo-site");

        _clock.Advance(PushedAuthorizationService.Lifetime);

        Assert.Null(await Store().TakeAsync("demo-site", requestUri, CancellationToken.None));
    }

    [Fact]
    public async Task TwoTakesAtOnceGiveTheRequestToOneOfThem()
    {
        var requestUri = await PushAsync("demo-site");

        var takes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Store().TakeAsync("demo-site", requestUri, CancellationToken.None)));

        Assert.Single(takes, t => t is not null);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("urn:ietf:params:oauth:request_uri:")]
    [InlineData("urn:ietf:params:oauth:request_uri:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("https://demo.example/request")]
    public async Task ARequestUriNeverGivenOutTakesNothing(string? requestUri)
    {
        Assert.Null(await Store().TakeAsync("demo-site", requestUri, CancellationToken.None));
    }

    private PushedAuthorizationStore Store() => store.Services(_clock).GetRequiredService<PushedAuthorizationStore>();

    private async Task<string> PushAsync(string clientId)
    {
        var requestUri = RequestUris.New();
        var now = _clock.GetUtcNow();
        await Store().SaveAsync(new PushedAuthorizationRequest
        {
            Id = RequestUris.StoredIdOf(requestUri), ClientId = clientId, RedirectUri = "https://demo.example/callback",
            Scopes = ["openid", "name"], State = "state-1", Nonce = "nonce-1",
            CodeChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", PushedAt = now,
            ExpiresAt = now + PushedAuthorizationService.Lifetime, Ttl = 120,
        }, CancellationToken.None);
        return requestUri;
    }
}
