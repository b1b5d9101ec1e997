using System.Net.Http.Headers;
using System.Net.Http.Json;
using Bot.Channels.Teams.Activities;

namespace Bot.Channels.Teams.Connector;

/// <summary>
/// Posts activities to the Bot Connector of a conversation: a reply to an activity, or a new message (proactive).
/// The service URL always comes from a <see cref="ConversationReference"/> taken from a validated activity, never
/// from anything else, because the bot's token goes with the request. 429 and 5xx are retried with backoff by the
/// resilience handler registered on this client.
/// </summary>
public sealed class BotConnectorClient(HttpClient http, IConnectorTokenProvider tokens)
{
    /// <summary>Sends <paramref name="activity"/>; a reply when it has a <c>replyToId</c>. Returns the new activity id.</summary>
    public async Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(reference.Conversation.Id)}/activities";
        if (activity.ReplyToId is { Length: > 0 } replyToId)
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }

        var baseUrl = reference.ServiceUrl.AbsoluteUri.EndsWith('/') ? reference.ServiceUrl : new Uri(reference.ServiceUrl.AbsoluteUri + "/");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, path))
        {
            Content = JsonContent.Create(activity, options: ActivityJson.Options),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new BotConnectorException((int)response.StatusCode);
        }

        var resource = response.Content.Headers.ContentLength is 0
            ? null
            : await response.Content.ReadFromJsonAsync<ResourceResponse>(ActivityJson.Options, cancellationToken);
        return resource?.Id;
    }
}
