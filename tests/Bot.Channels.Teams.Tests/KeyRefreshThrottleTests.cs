using System.Diagnostics;
using Bot.Channels.Teams.Authentication;
using Bot.Channels.Teams.Tests.Fakes;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Channels.Teams.Tests;

/// <summary>Its own class (and fake): the refresh budget it spends would starve the rotation test.</summary>
public sealed class KeyRefreshThrottleTests(TeamsHost host) : IClassFixture<TeamsHost>
{
    /// <summary>The throttle's window, shortened from its 5 minutes so that the refresh it allows next is seen.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Unknown_keys_in_a_row_ask_for_one_refresh_only()
    {
        var validator = host.Get<BotFrameworkTokenValidator>();
        ((BaseConfigurationManager)host.Get<IConfigurationManager<OpenIdConnectConfiguration>>()).RefreshInterval = Window;
        var activity = host.Message();
        Assert.True((await validator.ValidateAsync("Bearer " + host.ValidToken(activity), activity, CancellationToken.None)).IsAccepted);
        var loaded = host.Connector.KeySetRequests;

        // The window starts when the first unknown key asks for the refresh, so not before this.
        var sinceFirstAsked = Stopwatch.StartNew();
        await UnknownKeyAsync(validator, activity, "kid-a");
        // That refresh runs in the background: wait for its fetch (a busy machine runs it late).
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (host.Connector.KeySetRequests == loaded && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.Equal(loaded + 1, host.Connector.KeySetRequests);

        // Five unknown keys in a row, then more until the keys are fetched again: that next fetch is the positive
        // signal, and it must not come before the window is over, however many unknown keys asked meanwhile.
        for (var i = 0; i < 5; i++)
        {
            await UnknownKeyAsync(validator, activity, $"kid-{i}");
        }
        deadline = DateTime.UtcNow + Window + TimeSpan.FromSeconds(15);
        for (var i = 5; host.Connector.KeySetRequests == loaded + 1 && DateTime.UtcNow < deadline; i++)
        {
            await Task.Delay(50);
            await UnknownKeyAsync(validator, activity, $"kid-{i}");
        }
        var fetchedAgainAfter = sinceFirstAsked.Elapsed;
        var refreshes = host.Connector.KeySetRequests - loaded;

        // At most one refresh per window: on a busy machine one turn of the loop can outlast a window, so a refresh
        // beyond the second may be allowed by the time it is counted, but never more than the windows elapsed.
        Assert.InRange(refreshes, 2, 1 + (int)Math.Ceiling(sinceFirstAsked.Elapsed / Window));
        Assert.True(fetchedAgainAfter >= Window, $"The keys were fetched again {fetchedAgainAfter} after the first refresh, within the {Window} throttle.");
    }

    private async Task UnknownKeyAsync(BotFrameworkTokenValidator validator, Activities.Activity activity, string keyId)
    {
        var outcome = await validator.ValidateAsync(
            "Bearer " + TokenFactory.Create(new SigningKey(keyId, ["msteams"]).SecurityKey, TeamsHost.AppId, activity.ServiceUrl!),
            activity, CancellationToken.None);
        Assert.Equal(TokenRefusal.UnknownKey, outcome.Refusal);
    }
}
