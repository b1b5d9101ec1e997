using System.Net;
using Bot.Core.Messages;
using Bot.Core.Storage;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Applications;

/// <summary>
/// Which channel user each portal account last used (last write wins: the latest turn is the latest use). Remembering
/// is best effort: a failure costs a notice on the right channel, never the resident's turn.
/// </summary>
public sealed class ResidentChannelStore(BotDatabase database, TimeProvider time, ILogger<ResidentChannelStore> logger)
{
    private Container Container => database.Container(BotContainers.ResidentChannels);

    /// <summary>Records <paramref name="user"/> as the account's channel; logs a warning (no ids) instead of throwing.</summary>
    public async Task RememberAsync(string accountId, ChannelUser user, CancellationToken cancellationToken)
    {
        try
        {
            await Container.UpsertItemAsync(
                new ResidentChannel { Id = accountId, Channel = user.Channel, UserId = user.UserId, UpdatedAt = time.GetUtcNow() },
                new PartitionKey(accountId), new ItemRequestOptions { EnableContentResponseOnWrite = false }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The last-used channel on {Channel} was not recorded: {ErrorType}", user.Channel, e.GetType().Name);
        }
    }

    /// <summary>Forgets the account's last-used channel (the account was deleted).</summary>
    public async Task ForgetAsync(string accountId, CancellationToken cancellationToken)
    {
        try
        {
            await Container.DeleteItemAsync<ResidentChannel>(accountId, new PartitionKey(accountId), cancellationToken: cancellationToken);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
        }
    }

    /// <summary>The channel user the account last used; null when it never used the bot.</summary>
    public async Task<ChannelUser?> FindAsync(string accountId, CancellationToken cancellationToken)
    {
        try
        {
            var found = await Container.ReadItemAsync<ResidentChannel>(accountId, new PartitionKey(accountId), cancellationToken: cancellationToken);
            return new ChannelUser(found.Resource.Channel, found.Resource.UserId);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>The channel user each account last used, by account id; an account that never used the bot is absent.</summary>
    public async Task<IReadOnlyDictionary<string, ChannelUser>> FindManyAsync(IEnumerable<string> accountIds, CancellationToken cancellationToken)
    {
        var found = await DocumentsById.ReadAsync<ResidentChannel>(Container, "SELECT * FROM c", accountIds, cancellationToken);
        return found.ToDictionary(r => r.Id, r => new ChannelUser(r.Channel, r.UserId), StringComparer.Ordinal);
    }
}
