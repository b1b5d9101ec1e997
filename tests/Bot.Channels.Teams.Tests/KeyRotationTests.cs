using Bot.Channels.Teams.Authentication;
using Bot.Channels.Teams.Tests.Fakes;

namespace Bot.Channels.Teams.Tests;

public sealed class KeyRotationTests(TeamsHost host) : IClassFixture<TeamsHost>
{
    [Fact]
    public async Task A_key_published_after_the_keys_were_cached_is_fetched_by_one_refresh_and_then_accepted()
    {
        var validator = host.Get<BotFrameworkTokenValidator>();
        var activity = host.Message();
        Assert.True((await validator.ValidateAsync("Bearer " + host.ValidToken(activity), activity, CancellationToken.None)).IsAccepted);
        var fetchesBefore = host.Connector.KeySetRequests;

        var rotated = new SigningKey("key-2", ["msteams"]);
        host.Connector.ExtraKeys.Add(rotated);
        var token = "Bearer " + TokenFactory.Create(rotated.SecurityKey, TeamsHost.AppId, activity.ServiceUrl!);
        var first = await validator.ValidateAsync(token, activity, CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        TokenValidationOutcome later;
        do
        {
            await Task.Delay(50);
            later = await validator.ValidateAsync(token, activity, CancellationToken.None);
        }
        while (!later.IsAccepted && DateTime.UtcNow < deadline);

        // IdentityModel refreshes in the background: the token that asked for it may be refused, the next is not.
        Assert.True(first.IsAccepted || first.Refusal == TokenRefusal.UnknownKey);
        Assert.True(later.IsAccepted, later.Refusal?.ToString());
        Assert.Equal(fetchesBefore + 1, host.Connector.KeySetRequests);
    }

    [Fact]
    public async Task The_connector_token_is_fetched_once_and_reused()
    {
        for (var i = 0; i < 3; i++)
        {
            var activity = host.Message(userAad: $"aad-cache-{i}");
            Assert.Equal(200, await host.PostAsync(activity, "Bearer " + host.ValidToken(activity)));
        }

        Assert.Equal(1, host.Connector.TokensIssued);
        Assert.Equal(3, host.Connector.Posted.Select(p => p.Authorization).Where(a => a == "Bearer connector-token-1").Count());
    }
}
