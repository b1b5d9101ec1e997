using System.Text.Json.Nodes;
using Bot.Channels.Line.Rendering;

namespace Bot.Channels.Line.Api;

/// <summary>
/// Sends any number of rendered messages to one user: the first five on the reply token when there is one (free,
/// single use), the rest as pushes of five, each push with its own retry key.
/// </summary>
public sealed class LineDelivery(LineMessagingClient client)
{
    public async Task SendAsync(string userId, string? replyToken, IReadOnlyList<JsonObject> messages, CancellationToken cancellationToken)
    {
        var batches = messages.Chunk(LineLimits.MessagesPerRequest).ToList();
        for (var i = 0; i < batches.Count; i++)
        {
            if (i == 0 && !string.IsNullOrEmpty(replyToken))
            {
                await client.ReplyAsync(replyToken, batches[i], cancellationToken);
            }
            else
            {
                await client.PushAsync(userId, batches[i], Guid.NewGuid(), cancellationToken);
            }
        }
    }
}
