using System.Net;
using System.Security.Cryptography;
using Bot.Core.Storage;
using Microsoft.Azure.Cosmos;

namespace Bot.Core.Login;

/// <summary>Short-lived random ids for login links, so a QR image URL never carries the link or a code.</summary>
public sealed class LoginLinkStore(BotDatabase database, TimeProvider time)
{
    private Container Container => database.Container(BotContainers.LoginLinks);

    public async Task<string> AddAsync(Uri link, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var ttl = (int)Math.Max(60, (expiresAt - time.GetUtcNow()).TotalSeconds + 60);
        await Container.CreateItemAsync(new LoginLink { Id = id, Link = link.ToString(), ExpiresAt = expiresAt, Ttl = ttl },
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
            return link.ExpiresAt > time.GetUtcNow() ? new Uri(link.Link) : null;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
