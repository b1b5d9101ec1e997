using Portal.Domain.Identity.Clients;
using Portal.Domain.Tests.Identity.DeviceAuthorization;
using Portal.Testing;

namespace Portal.Domain.Tests.Identity.Clients;

public sealed class ClientRegistryTests(IdentityStoreFixture fixture) : IClassFixture<IdentityStoreFixture>
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task AChangedClientTakesEffectWithinTheCacheDurationAndANewOneAtOnce()
    {
        var registry = fixture.Registry(_clock);
        var id = $"site-{Guid.NewGuid():N}";
        Assert.Null(await registry.FindAsync(id, _ct));
        var repository = new ClientRepository(fixture.Database);
        var stored = await repository.CreateAsync(new RegisteredClient
        {
            Id = id, Name = "before", Kind = ClientKinds.Public, AllowedGrantTypes = [GrantTypes.DeviceCode],
            AllowedScopes = ["portal"], CreatedAt = _clock.GetUtcNow(),
        }, _ct);
        Assert.Equal("before", (await registry.FindAsync(id, _ct))?.Name);

        await repository.ReplaceAsync(stored.Document with { Name = "after" }, stored.ETag, _ct);
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal("before", (await registry.FindAsync(id, _ct))?.Name);
        _clock.Advance(TimeSpan.FromSeconds(21));
        Assert.Equal("after", (await registry.FindAsync(id, _ct))?.Name);
    }

    [Theory]
    [InlineData(null, "portal openid", "openid portal", null)]
    [InlineData("portal", "portal openid", "portal", null)]
    [InlineData("portal portal", "portal openid", "portal", null)]
    [InlineData("email", "portal openid", null, "invalid_scope")]
    public void ScopesAreTheAskedOnesWhenAllowedOrAllAllowedWhenNoneAreAsked(string? asked, string allowed, string? granted, string? error)
    {
        var allowedList = allowed.Split(' ').Order().ToList();
        try
        {
            Assert.Equal(granted, string.Join(' ', ClientRegistry.Narrow(allowedList, asked).Order()));
            Assert.Null(error);
        }
        catch (Portal.Domain.Identity.DeviceAuthorization.OAuthErrorException e)
        {
            Assert.Equal(error, e.Error);
        }
    }
}
