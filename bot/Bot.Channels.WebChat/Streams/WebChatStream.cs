using System.Net;
using Bot.Core.Messages;
using Bot.Core.Storage;
using Microsoft.Azure.Cosmos;

namespace Bot.Channels.WebChat.Streams;

/// <summary>
/// A web chat user's stream in the bot's database: entries numbered 1, 2, 3... per user. Appending takes the number
/// after the highest stored one and creates the entry with that number as its id; a concurrent writer that took it
/// first makes the create fail with 409 and the next number is tried. So number n exists before n+1 is written, and a
/// reader that has seen n never misses an entry it has not seen.
/// </summary>
public sealed class WebChatStream(BotDatabase database, WebChatSignals signals, TimeProvider clock)
{
    private const int MaxAttempts = 20;

    private Container Entries => database.Container(BotContainers.WebChatMessages);

    public async Task<WebChatEntry> AppendUserTextAsync(string userId, string text, CancellationToken cancellationToken) =>
        await AppendAsync(userId, WebChatEntry.FromUser, text, null, cancellationToken);

    public async Task<IReadOnlyList<WebChatEntry>> AppendBotMessagesAsync(
        string userId, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        var appended = new List<WebChatEntry>(messages.Count);
        foreach (var message in messages)
        {
            appended.Add(await AppendAsync(userId, WebChatEntry.FromBot, null, message, cancellationToken));
        }
        return appended;
    }

    /// <summary>Entries after <paramref name="after"/>, oldest first, at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<WebChatEntry>> ReadAfterAsync(string userId, long after, int max, CancellationToken cancellationToken)
    {
        // The user id in WHERE, not only as the partition key: the local server ignores a partition key given to queries.
        var query = new QueryDefinition(
                $"SELECT TOP {max} * FROM c WHERE c.userId = @userId AND c.seq > @after ORDER BY c.seq")
            .WithParameter("@userId", userId)
            .WithParameter("@after", after);
        var entries = new List<WebChatEntry>();
        using var feed = Entries.GetItemQueryIterator<WebChatEntry>(query,
            requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(userId) });
        while (feed.HasMoreResults && entries.Count < max)
        {
            entries.AddRange(await feed.ReadNextAsync(cancellationToken));
        }
        return entries.OrderBy(e => e.Seq).Take(max).ToList();
    }

    private async Task<WebChatEntry> AppendAsync(
        string userId, string from, string? text, OutgoingMessage? message, CancellationToken cancellationToken)
    {
        var seq = await LastSeqAsync(userId, cancellationToken) + 1;
        for (var attempt = 0; attempt < MaxAttempts; attempt++, seq++)
        {
            var entry = new WebChatEntry(seq.ToString(System.Globalization.CultureInfo.InvariantCulture), userId, seq, from, text,
                message, clock.GetUtcNow());
            try
            {
                await Entries.CreateItemAsync(entry, new PartitionKey(userId), cancellationToken: cancellationToken);
                signals.Notify(userId);
                return entry;
            }
            catch (CosmosException e) when (e.StatusCode == HttpStatusCode.Conflict)
            {
                // Another writer took this number: the next one is free unless it was quicker again.
            }
        }
        throw new InvalidOperationException("Could not append to a web chat stream: too many concurrent writers.");
    }

    private async Task<long> LastSeqAsync(string userId, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT TOP 1 VALUE c.seq FROM c WHERE c.userId = @userId ORDER BY c.seq DESC")
            .WithParameter("@userId", userId);
        using var feed = Entries.GetItemQueryIterator<long>(query,
            requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(userId) });
        var last = 0L;
        while (feed.HasMoreResults)
        {
            foreach (var seq in await feed.ReadNextAsync(cancellationToken))
            {
                last = Math.Max(last, seq);
            }
        }
        return last;
    }
}
