using System.Net;
using Bot.Core.Storage;
using Microsoft.Azure.Cosmos;

namespace Bot.Core.Conversations;

/// <summary>Conversation state in the bot's own database, written only with the ETag it was read with.</summary>
public sealed class ConversationStore(BotDatabase database)
{
    private Container Container => database.Container(BotContainers.Conversations);

    public async Task<StoredConversation> ReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Container.ReadItemAsync<ConversationState>(key, new PartitionKey(key), cancellationToken: cancellationToken);
            return new StoredConversation(response.Resource, response.ETag);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return new StoredConversation(ConversationState.New(key), null);
        }
    }

    /// <summary>Creates (no ETag) or replaces (If-Match) the conversation.</summary>
    /// <exception cref="ConversationConflictException">Someone else wrote it first.</exception>
    public async Task SaveAsync(ConversationState state, string? eTag, CancellationToken cancellationToken)
    {
        try
        {
            if (eTag is null)
            {
                await Container.CreateItemAsync(state, new PartitionKey(state.Id), cancellationToken: cancellationToken);
            }
            else
            {
                await Container.ReplaceItemAsync(state, state.Id, new PartitionKey(state.Id),
                    new ItemRequestOptions { IfMatchEtag = eTag }, cancellationToken);
            }
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict)
        {
            throw new ConversationConflictException();
        }
    }
}
