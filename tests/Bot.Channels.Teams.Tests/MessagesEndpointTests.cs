using System.Text.Json;
using Bot.Channels.Teams.Tests.Fakes;
using Bot.Core.Messages;

namespace Bot.Channels.Teams.Tests;

public sealed class MessagesEndpointTests(TeamsHost host) : IClassFixture<TeamsHost>
{
    [Fact]
    public async Task A_valid_token_runs_the_engine_and_the_reply_is_posted_to_the_activity_with_the_connector_token()
    {
        var activity = host.Message(userAad: "aad-valid");

        var status = await host.PostAsync(activity, "Bearer " + host.ValidToken(activity));

        Assert.Equal(200, status);
        var turn = Assert.Single(host.Engine.Turns, t => t.MessageId == activity.Id);
        Assert.Equal(new ChannelUser("msteams", "aad-valid"), turn.User);
        Assert.Equal("手続きを探す", turn.Text);
        var reply = Assert.Single(host.Connector.Posted, p => p.ActivityId == activity.Id);
        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(activity.Conversation!.Id)}/activities/{activity.Id}", reply.Path);
        Assert.Matches("^Bearer connector-token-\\d+$", reply.Authorization);
        Assert.Equal("こんにちは。", (string?)reply.Body["text"]);
        Assert.Equal(activity.Id, (string?)reply.Body["replyToId"]);
        Assert.Equal(activity.From!.Id, (string?)reply.Body["recipient"]!["id"]);
    }

    [Fact]
    public async Task The_same_activity_id_twice_is_processed_once()
    {
        var activity = host.Message(userAad: "aad-twice");

        Assert.Equal(200, await host.PostAsync(activity, "Bearer " + host.ValidToken(activity)));
        Assert.Equal(200, await host.PostAsync(activity, "Bearer " + host.ValidToken(activity)));

        Assert.Single(host.Engine.Turns, t => t.MessageId == activity.Id);
        Assert.Single(host.Connector.Posted, p => p.ActivityId == activity.Id);
    }

    [Fact]
    public async Task An_activity_whose_turn_failed_is_processed_again_when_redelivered()
    {
        var activity = host.Message(userAad: "aad-redelivered");
        host.Engine.FailNext = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.PostAsync(activity, "Bearer " + host.ValidToken(activity)));
        Assert.Equal(200, await host.PostAsync(activity, "Bearer " + host.ValidToken(activity)));

        Assert.Equal(2, host.Engine.Turns.Count(t => t.MessageId == activity.Id));
        Assert.Single(host.Connector.Posted, p => p.ActivityId == activity.Id);
    }

    [Fact]
    public async Task An_action_submit_value_arrives_as_the_action_and_the_other_values()
    {
        var value = JsonDocument.Parse("""{"action":"apply:123","postalCode":"1000001","count":2}""").RootElement;
        var activity = host.Message(text: null, value: value, userAad: "aad-submit");

        Assert.Equal(200, await host.PostAsync(activity, "Bearer " + host.ValidToken(activity)));

        var turn = Assert.Single(host.Engine.Turns, t => t.MessageId == activity.Id);
        Assert.Null(turn.Text);
        Assert.Equal("apply:123", turn.Action);
        Assert.Equal(new Dictionary<string, string> { ["postalCode"] = "1000001", ["count"] = "2" }, turn.Values);
    }

    [Fact]
    public async Task The_bot_added_to_a_conversation_greets_through_the_engine_with_the_menu_action()
    {
        var message = host.Message(userAad: "aad-added");
        var activity = message with { Type = "conversationUpdate", Text = null, MembersAdded = [message.Recipient!] };

        Assert.Equal(200, await host.PostAsync(activity, "Bearer " + host.ValidToken(activity)));

        var turn = Assert.Single(host.Engine.Turns, t => t.MessageId == activity.Id);
        Assert.Null(turn.Text);
        Assert.Equal(TeamsActivityProcessor.GreetingAction, turn.Action);
        var posted = Assert.Single(host.Connector.Posted, p => p.ConversationId == activity.Conversation!.Id);
        Assert.Null(posted.ActivityId);
    }

    [Fact]
    public async Task A_validated_activity_of_another_channel_is_acknowledged_and_ignored()
    {
        var activity = host.Message(userAad: "aad-slack") with { ChannelId = "slack" };
        var token = TokenFactory.Create(host.Connector.OtherChannelKey.SecurityKey, TeamsHost.AppId, activity.ServiceUrl!);

        Assert.Equal(200, await host.PostAsync(activity, "Bearer " + token));

        Assert.DoesNotContain(host.Engine.Turns, t => t.MessageId == activity.Id);
        Assert.DoesNotContain(host.Connector.Posted, p => p.ActivityId == activity.Id);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_bad_request()
    {
        var status = await host.Get<TeamsMessagesEndpoint>().HandleAsync("Bearer x", new MemoryStream("{not json"u8.ToArray()), CancellationToken.None);

        Assert.Equal(400, status);
    }
}
