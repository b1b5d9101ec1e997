using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Identity.Tokens;
using Portal.LocalHost;
using Portal.Testing;
using Portal.Testing.Hosting;

namespace Portal.Functions.Tests.Identity;

/// <summary>
/// Two instances of the portal sharing one key folder and one database, as a scaled-out app shares its vault: one
/// rotates, and the other follows without a restart. Time moves on the hosts' clock.
/// </summary>
public sealed class SigningKeyRotationTests : IAsyncLifetime
{
    private readonly string _keys = Directory.CreateTempSubdirectory("token-keys-").FullName;
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private PortalFactory _rootA = null!;
    private PortalFactory _rootB = null!;
    private WebApplicationFactory<LocalHostMarker> _a = null!;
    private WebApplicationFactory<LocalHostMarker> _b = null!;

    public async Task InitializeAsync()
    {
        var stack = await LocalStack.GetAsync();
        _rootA = new PortalFactory(stack, new Dictionary<string, string?> { ["Identity:Tokens:SigningKeyFolder"] = _keys });
        _rootB = new PortalFactory(stack, new Dictionary<string, string?>
        {
            ["Identity:Tokens:SigningKeyFolder"] = _keys,
            ["Cosmos:Database"] = _rootA.DatabaseName,
        });
        _a = _rootA.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
        _b = _rootB.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
        _ = _a.Server;
    }

    [Fact]
    public async Task AKeyRotatedOnOneInstanceVerifiesOnTheOtherAtOnceWithoutARestart()
    {
        var account = AccountService.NewAccountId();
        Assert.Equal(HttpStatusCode.OK, await SessionsOnBAsync(
            await ResidentTokens.IssueAsync(_b.Services, account, "chatbot", "openid", "portal")));

        // A rotates and signs with the new key; B's set is only seconds old, so only the token's kid makes it reload.
        Source(_a).Rotate();
        _clock.Advance(TimeSpan.FromSeconds(31));
        var signedWithTheNewKey = await TokenFromAAsync(account);

        Assert.Equal(HttpStatusCode.OK, await SessionsOnBAsync(signedWithTheNewKey));
    }

    [Fact]
    public async Task AKeyRemovedFromTheFolderStopsVerifyingOnEveryInstanceWithinTheReloadInterval()
    {
        var account = AccountService.NewAccountId();
        var signedWithTheOldKey = await TokenFromAAsync(account);
        Assert.Equal(HttpStatusCode.OK, await SessionsOnBAsync(signedWithTheOldKey));
        Source(_a).Rotate();

        File.Delete(Path.Combine(_keys, "previous.pfx"));
        _clock.Advance(TimeSpan.FromMinutes(2));
        var beforeTheReload = await SessionsOnBAsync(signedWithTheOldKey);
        _clock.Advance(TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, beforeTheReload);
        Assert.Equal(HttpStatusCode.Unauthorized, await SessionsOnBAsync(signedWithTheOldKey));
    }

    private static LocalTokenSigningKeySource Source(WebApplicationFactory<LocalHostMarker> host) =>
        (LocalTokenSigningKeySource)host.Services.GetRequiredService<ITokenSigningKeySource>();

    private Task<string> TokenFromAAsync(string account) => ResidentTokens.IssueAsync(_a.Services, account, "chatbot", "openid", "portal");

    private async Task<HttpStatusCode> SessionsOnBAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me/sessions");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _b.CreateClient().SendAsync(request);
        return response.StatusCode;
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _rootA.DisposeAsync();
        await _rootB.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }
}
