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
        await validator.ValidateAsync("Bearer " + TokenFactory.Create(new SigningKey("kid-a", ["msteams"]).SecurityKey, TeamsHost.AppId, activity.ServiceUrl!), activity, CancellationToken.None);
        await Task.Delay(500);
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
