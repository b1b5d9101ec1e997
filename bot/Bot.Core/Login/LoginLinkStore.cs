using System.Net;
using System.Security.Cryptography;
using Bot.Core.Storage;
using Bot.Core.Storage.Secrets;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Login;

/// <summary>
/// Short-lived random ids for login links, so a QR image URL never carries the link or a code. The link is a capability
/// (it carries the user code): stored sealed, with the id as associated data.
/// </summary>
public sealed class LoginLinkStore(BotDatabase database, SealedValues sealedValues, TimeProvider time, ILogger<LoginLinkStore> logger)
{
    private const string LinkField = "link";

    private Container Container => database.Container(BotContainers.LoginLinks);

    public async Task<string> AddAsync(Uri link, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var ttl = (int)Math.Max(60, (expiresAt - time.GetUtcNow()).TotalSeconds + 60);
        await Container.CreateItemAsync(new LoginLink { Id = id, Link = sealedValues.Seal(link.ToString(), id, LinkField), ExpiresAt = expiresAt, Ttl = ttl },
            new PartitionKey(id), cancellationToken: cancellationToken);
        return id;
    }

    /// <summary>The link, or null when unknown or expired (the TTL sweep may lag).</summary>
    public async Task<Uri?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (id.Length != 32 || !id.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }
        try
        {
            var link = (await Container.ReadItemAsync<LoginLink>(id, new PartitionKey(id), cancellationToken: cancellationToken)).Resource;
            if (link.ExpiresAt <= time.GetUtcNow())
            {
                return null;
            }
            if (!sealedValues.TryOpen(link.Link, id, LinkField, out var opened))
            {
                logger.LogWarning("A stored login link did not open (unknown key, altered or stored in clear): treated as unknown");
                return null;
            }
            return new Uri(opened);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
