using Bot.Channels.Teams.Authentication;
using Bot.Channels.Teams.Tests.Fakes;

namespace Bot.Channels.Teams.Tests;

/// <summary>Its own class (and fake): the refresh budget it spends would starve the rotation test.</summary>
public sealed class KeyRefreshThrottleTests(TeamsHost host) : IClassFixture<TeamsHost>
{
    [Fact]
    public async Task Unknown_keys_in_a_row_ask_for_one_refresh_only()
    {
        var validator = host.Get<BotFrameworkTokenValidator>();
        var activity = host.Message();
        Assert.True((await validator.ValidateAsync("Bearer " + host.ValidToken(activity), activity, CancellationToken.None)).IsAccepted);
        var loaded = host.Connector.KeySetRequests;
        await validator.ValidateAsync("Bearer " + TokenFactory.Create(new SigningKey("kid-a", ["msteams"]).SecurityKey, TeamsHost.AppId, activity.ServiceUrl!), activity, CancellationToken.None);
        // The first unknown key's refresh runs in the background: wait for its fetch (a busy machine runs it late),
        // so that only the keys below are counted.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (host.Connector.KeySetRequests == loaded && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.True(host.Connector.KeySetRequests > loaded, "The first unknown key did not refresh the keys.");
        await Task.Delay(200);
        var fetches = host.Connector.KeySetRequests;

        for (var i = 0; i < 5; i++)
        {
            var outcome = await validator.ValidateAsync(
                "Bearer " + TokenFactory.Create(new SigningKey($"kid-{i}", ["msteams"]).SecurityKey, TeamsHost.AppId, activity.ServiceUrl!),
                activity, CancellationToken.None);
            Assert.Equal(TokenRefusal.UnknownKey, outcome.Refusal);
        }

        await Task.Delay(500);
        Assert.Equal(fetches, host.Connector.KeySetRequests);
    }
}
