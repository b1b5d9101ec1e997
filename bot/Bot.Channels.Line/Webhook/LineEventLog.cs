using System.Net;
using Bot.Core.Storage;
using Microsoft.Azure.Cosmos;

namespace Bot.Channels.Line.Webhook;

/// <summary>
/// Each webhookEventId is processed at most once: a create-if-absent claim in the bot's own database, so two
/// concurrent deliveries of one event race on the create and exactly one wins (409 for the other). A turn that fails
/// releases its claim so a later redelivery may try again.
/// </summary>
public sealed class LineEventLog(BotDatabase database, TimeProvider clock)
{
    private Container Events => database.Container(BotContainers.ChannelEvents);

    /// <summary>True when this call claimed the event; false when it was claimed before.</summary>
    public async Task<bool> TryClaimAsync(string webhookEventId, CancellationToken cancellationToken)
    {
        var marker = new ProcessedLineEvent(ProcessedLineEvent.IdFor(webhookEventId), clock.GetUtcNow());
        try
        {
            await Events.CreateItemAsync(marker, new PartitionKey(marker.Id),
                new ItemRequestOptions { EnableContentResponseOnWrite = false }, cancellationToken);
            return true;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    public async Task ReleaseAsync(string webhookEventId, CancellationToken cancellationToken)
    {
        var id = ProcessedLineEvent.IdFor(webhookEventId);
        try
        {
            await Events.DeleteItemAsync<ProcessedLineEvent>(id, new PartitionKey(id), cancellationToken: cancellationToken);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
        }
    }
}
