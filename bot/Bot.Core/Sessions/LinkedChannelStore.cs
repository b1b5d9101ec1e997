using System.Net;
using Bot.Core.Messages;
using Bot.Core.Storage;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Sessions;

/// <summary>
/// Which channel users each portal account logged in from (<see cref="LinkedChannels"/>). Linking is best effort, as
/// remembering the last-used channel is: a failure costs a notice, never the resident's login.
/// </summary>
public sealed class LinkedChannelStore(BotDatabase database, TimeProvider time, ILogger<LinkedChannelStore> logger)
{
    private const int WriteAttempts = 5;

    private Container Container => database.Container(BotContainers.ResidentChannels);

    /// <summary>Records that <paramref name="user"/> just logged in to the account as <paramref name="sessionId"/>.</summary>
    public async Task LinkAsync(string accountId, ChannelUser user, string? sessionId, CancellationToken cancellationToken)
    {
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var (current, etag) = await ReadAsync(accountId, cancellationToken);
                var link = new LinkedChannel(user.Channel, user.UserId, sessionId, time.GetUtcNow());
                var links = current.Links.Where(l => l.Channel != user.Channel || l.UserId != user.UserId)
                    .Append(link).OrderByDescending(l => l.LinkedAt).Take(LinkedChannels.MaxLinks).ToList();
                if (await TryWriteAsync(current with { Links = links }, etag, cancellationToken) || attempt == WriteAttempts)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The login link on {Channel} was not recorded: {ErrorType}", user.Channel, e.GetType().Name);
        }
    }

    /// <summary>The channel users the account logged in from (none when it never used the bot).</summary>
    public async Task<IReadOnlyList<LinkedChannel>> FindAsync(string accountId, CancellationToken cancellationToken) =>
        (await ReadAsync(accountId, cancellationToken)).Links.Links;

    /// <summary>The channel users each account logged in from, by account id; an account that never used the bot is absent.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<LinkedChannel>>> FindManyAsync(
        IEnumerable<string> accountIds, CancellationToken cancellationToken)
    {
        var found = await DocumentsById.ReadAsync<LinkedChannels>(
            Container, "SELECT * FROM c", accountIds.Select(LinkedChannels.IdOf), cancellationToken);
        return found.ToDictionary(l => LinkedChannels.AccountIdOf(l.Id), l => l.Links, StringComparer.Ordinal);
    }

    /// <summary>Forgets every chat the account logged in from (the account was deleted).</summary>
    public async Task ForgetAsync(string accountId, CancellationToken cancellationToken)
    {
        var id = LinkedChannels.IdOf(accountId);
        try
        {
            await Container.DeleteItemAsync<LinkedChannels>(id, new PartitionKey(id), cancellationToken: cancellationToken);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
        }
    }

    private async Task<(LinkedChannels Links, string? ETag)> ReadAsync(string accountId, CancellationToken cancellationToken)
    {
        var id = LinkedChannels.IdOf(accountId);
        try
        {
            var read = await Container.ReadItemAsync<LinkedChannels>(id, new PartitionKey(id), cancellationToken: cancellationToken);
            return (read.Resource, read.ETag);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return (new LinkedChannels { Id = id }, null);
        }
    }

    /// <returns>False when another login wrote first (read again and retry).</returns>
    private async Task<bool> TryWriteAsync(LinkedChannels links, string? etag, CancellationToken cancellationToken)
    {
        try
        {
            var options = new ItemRequestOptions { EnableContentResponseOnWrite = false, IfMatchEtag = etag };
            await (etag is null
                ? Container.CreateItemAsync(links, new PartitionKey(links.Id), options, cancellationToken)
                : Container.ReplaceItemAsync(links, links.Id, new PartitionKey(links.Id), options, cancellationToken));
            return true;
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict)
        {
            return false;
        }
    }
}
