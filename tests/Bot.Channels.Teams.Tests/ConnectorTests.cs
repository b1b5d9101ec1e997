using System.Net;
using Bot.Channels.Teams.Conversations;
using Bot.Core.Channels;
using Bot.Core.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Channels.Teams.Tests;

public sealed class ConnectorTests(TeamsHost host) : IClassFixture<TeamsHost>
{
    [Fact]
    public async Task A_proactive_message_goes_to_the_conversation_of_the_stored_reference()
    {
        var activity = host.Message(userAad: "aad-proactive");
        Assert.Equal(200, await host.PostAsync(activity, "Bearer " + host.ValidToken(activity)));
        var sender = Assert.Single(host.Services.GetServices<IProactiveSender>(), s => s.Channel == "msteams");

        await sender.SendAsync(new ChannelUser("msteams", "aad-proactive"), [new TextMessage("申請の状況が変わりました。")], CancellationToken.None);

        var posted = Assert.Single(host.Connector.Posted, p => (string?)p.Body["text"] == "申請の状況が変わりました。");
        Assert.Equal(activity.Conversation!.Id, posted.ConversationId);
        Assert.Null(posted.ActivityId);
        Assert.Equal(activity.From!.Id, (string?)posted.Body["recipient"]!["id"]);
        Assert.StartsWith("Bearer connector-token-", posted.Authorization);
    }

    [Fact]
    public async Task A_proactive_message_to_a_user_who_never_wrote_is_refused()
    {
        var sender = host.Get<TeamsProactiveSender>();

        await Assert.ThrowsAsync<ConversationReferenceNotFoundException>(() =>
            sender.SendAsync(new ChannelUser("msteams", "aad-stranger"), [new TextMessage("x")], CancellationToken.None));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task A_throttled_or_failing_connector_is_retried_until_it_accepts(HttpStatusCode failure)
    {
        var user = $"aad-retry-{(int)failure}";
        var activity = host.Message(userAad: user);
        host.Connector.FailNextPosts(failure);

        Assert.Equal(200, await host.PostAsync(activity, "Bearer " + host.ValidToken(activity)));

        Assert.Equal(2, host.Connector.Posted.Count(p => p.ActivityId == activity.Id));
    }
}
