using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Bot.Core.Storage;
using Bot.Core.Storage.Secrets;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Content;

/// <summary>
/// Sealed content links in the bot's <c>contentLinks</c> container: created with a random id, the request sealed with the
/// id as associated data; used once by replacing the document with If-Match, so two presses racing cannot both win.
/// </summary>
public sealed class ContentLinkStore(BotDatabase database, SealedValues sealedValues, TimeProvider time, ILogger<ContentLinkStore> logger)
{
    private const string RequestField = "request";

    /// <summary>How long a late visit is still told "used or expired" rather than "unknown".</summary>
    private static readonly TimeSpan KeptAfterExpiry = TimeSpan.FromDays(1);

    private Container Container => database.Container(BotContainers.ContentLinks);

    public async Task<ContentLink> AddAsync(string kind, ContentLinkRequest request, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var now = time.GetUtcNow();
        var link = new ContentLink
        {
            Id = id, Kind = kind, CreatedAt = now, ExpiresAt = now + lifetime, Ttl = (int)(lifetime + KeptAfterExpiry).TotalSeconds,
            Sealed = sealedValues.Seal(JsonSerializer.Serialize(request, BotDatabase.DocumentJson), id, RequestField),
        };
        await Container.CreateItemAsync(link, new PartitionKey(id), cancellationToken: cancellationToken);
        return link;
    }

    /// <summary>The link, its ETag and its opened request; null when unknown, swept, or not opening.</summary>
    public async Task<(ContentLink Link, string ETag, ContentLinkRequest Request)?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (id.Length != 32 || !id.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }
        try
        {
            var read = await Container.ReadItemAsync<ContentLink>(id, new PartitionKey(id), cancellationToken: cancellationToken);
            if (!sealedValues.TryOpen(read.Resource.Sealed, id, RequestField, out var opened)
                || JsonSerializer.Deserialize<ContentLinkRequest>(opened, BotDatabase.DocumentJson) is not { } request)
            {
                logger.LogWarning("A stored content link did not open (unknown key, altered or stored in clear): treated as unknown");
                return null;
            }
            return (read.Resource, read.ETag, request);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Marks the link used; false when another press (or anything else) changed it first.</summary>
    public async Task<bool> UseAsync(ContentLink link, string etag, CancellationToken cancellationToken)
    {
        try
        {
            await Container.ReplaceItemAsync(link with { UsedAt = time.GetUtcNow() }, link.Id, new PartitionKey(link.Id),
                new ItemRequestOptions { IfMatchEtag = etag }, cancellationToken);
            return true;
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            return false;
        }
    }
}
