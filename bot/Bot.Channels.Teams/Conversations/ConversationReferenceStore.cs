using System.Net;
using Bot.Channels.Teams.Activities;
using Bot.Core.Messages;
using Bot.Core.Storage;
using Microsoft.Azure.Cosmos;

namespace Bot.Channels.Teams.Conversations;

/// <summary>
/// The latest conversation reference per Teams user, written at every contact (the service URL may move), read for
/// proactive messages. Lives in the bot's own database.
/// </summary>
public sealed class ConversationReferenceStore(BotDatabase database, TimeProvider time)
{
    private Container Container => database.Container(BotContainers.ConversationReferences);

    public async Task SaveAsync(ChannelUser user, ConversationReference reference, CancellationToken cancellationToken)
    {
        var document = ConversationReferenceDocument.From(user.Key, reference, time.GetUtcNow());
        await Container.UpsertItemAsync(document, new PartitionKey(document.Id), cancellationToken: cancellationToken);
    }

    public async Task<ConversationReference?> FindAsync(ChannelUser user, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Container.ReadItemAsync<ConversationReferenceDocument>(user.Key, new PartitionKey(user.Key), cancellationToken: cancellationToken);
            return response.Resource.ToReference();
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
