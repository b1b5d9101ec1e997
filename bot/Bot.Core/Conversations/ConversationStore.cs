using System.Net;
using Bot.Core.Storage;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Conversations;

/// <summary>
/// Conversation state in the bot's own database, written only with the ETag it was read with. Its secrets are sealed
/// here, at the storage edge (<see cref="ConversationSecrets"/>): callers read and save plain state.
/// </summary>
public sealed class ConversationStore(BotDatabase database, ConversationSecrets secrets, ILogger<ConversationStore> logger)
{
    private Container Container => database.Container(BotContainers.Conversations);

    public async Task<StoredConversation> ReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Container.ReadItemAsync<ConversationState>(key, new PartitionKey(key), cancellationToken: cancellationToken);
            var state = secrets.Open(response.Resource, out var dropped);
            if (dropped is not null)
            {
                // No id or value: the key names a channel user. Logged at each read until the next save drops it.
                logger.LogWarning("A stored {Dropped} did not open (unknown key, altered or stored in clear): dropped, the resident logs in again",
                    dropped);
            }
            return new StoredConversation(state, response.ETag);
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
        state = secrets.Seal(state);
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
