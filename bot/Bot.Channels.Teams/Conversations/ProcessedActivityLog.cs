using System.Net;
using Bot.Core.Storage;
using Microsoft.Azure.Cosmos;

namespace Bot.Channels.Teams.Conversations;

/// <summary>
/// At-most-once per activity id: the Bot Connector redelivers when we answer slowly or fail. Taking an id creates its
/// marker; a second create conflicts. A turn that fails releases the id so the redelivery is processed.
/// </summary>
public sealed class ProcessedActivityLog(BotDatabase database, TimeProvider time)
{
    private Container Container => database.Container(BotContainers.ChannelEvents);

    public static string Key(string activityId) => $"{Bot.Core.Messages.Channels.Teams}:{activityId}";

    /// <summary>True if this call took the id; false if it was taken before.</summary>
    public async Task<bool> TryTakeAsync(string activityId, CancellationToken cancellationToken)
    {
        var document = new ProcessedActivityDocument(Key(activityId), time.GetUtcNow());
        try
        {
            await Container.CreateItemAsync(document, new PartitionKey(document.Id), cancellationToken: cancellationToken);
            return true;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    public async Task ReleaseAsync(string activityId, CancellationToken cancellationToken)
    {
        try
        {
            await Container.DeleteItemAsync<ProcessedActivityDocument>(Key(activityId), new PartitionKey(Key(activityId)), cancellationToken: cancellationToken);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
        }
    }
}
