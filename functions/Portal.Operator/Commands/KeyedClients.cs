using Portal.Domain.Errors;
using Portal.Domain.Identity.Clients;
using Portal.Operator.Keys;

namespace Portal.Operator.Commands;

/// <summary>
/// Registers a client that signs its own assertions (an agency, a site): with <c>--if-absent</c> one already
/// registered is reported before any key is made (it keeps the key it has); otherwise the key is obtained and the client
/// created with it, and a key generated for a client that could not be created is discarded.
/// </summary>
internal static class KeyedClients
{
    /// <param name="client">The client to create, given its first key and the time.</param>
    /// <returns>The key the new client holds; null when it was registered already and <paramref name="ifAbsent"/> left it.</returns>
    public static async Task<AgencyKey?> RegisterAsync(
        CommandContext context, string id, KeySource keySource, bool ifAbsent, Func<ClientKey, DateTimeOffset, RegisteredClient> client)
    {
        var clients = await context.Store.ClientsAsync(context.CancellationToken);
        if (ifAbsent && await clients.FindAsync(id, context.CancellationToken) is not null)
        {
            ClientsAddCommand.AlreadyThere(context, id);
            return null;
        }
        var now = context.Clock.GetUtcNow();
        var key = keySource.Obtain();
        try
        {
            await clients.CreateAsync(client(new ClientKey(key.KeyId, key.Jwk, now, null), now), context.CancellationToken);
        }
        catch (Exception e)
        {
            keySource.Discard();
            if (e is not DuplicateDocumentException)
            {
                throw;
            }
            if (!ifAbsent)
            {
                throw ClientsAddCommand.Exists(id, e);
            }
            ClientsAddCommand.AlreadyThere(context, id);
            return null;
        }
        return key;
    }
}
