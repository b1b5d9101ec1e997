using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Bot.Core.Portal.Client;

/// <summary>
/// The chatbot's credentials at the portal's OAuth endpoints: a fresh private_key_jwt assertion per call (RFC 7523;
/// aud = the issuer as one string, as FAPI 2.0 wants) and the end-user handle that lets the portal limit each resident
/// on their own. The key is read at first use, so a host that never logs anyone in starts without one.
/// </summary>
public sealed class PortalClientCredentials(IOptions<PortalClientOptions> options, TimeProvider time) : IDisposable
{
    /// <summary>Short: each assertion is for one call, sent at once; the portal refuses more than 5 minutes.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly Lazy<PortalClientKey> _key = new(() => Load(options.Value));

    public string ClientId => options.Value.ClientId;

    /// <exception cref="InvalidOperationException">No key is configured, or it is not a usable private key.</exception>
    public string NewAssertion()
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        return _key.Value.Sign(new JsonObject
        {
            ["iss"] = ClientId,
            ["sub"] = ClientId,
            ["aud"] = options.Value.Issuer,
            ["jti"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            ["iat"] = now,
            ["exp"] = now + (long)Lifetime.TotalSeconds,
        });
    }

    /// <summary>The opaque handle of a chat user (<c>ChannelUser.Key</c>) sent as X-End-User; never the raw id.</summary>
    public string EndUserHandle(string conversationKey) => _key.Value.Handle(conversationKey);

    public void Dispose()
    {
        if (_key.IsValueCreated)
        {
            _key.Value.Dispose();
        }
    }

    private static PortalClientKey Load(PortalClientOptions options)
    {
        if (options.ClientKey is { Length: > 0 } pem)
        {
            return PortalClientKey.FromPem(pem);
        }
        return options.ClientKeyFile is { Length: > 0 } file
            ? PortalClientKey.FromPem(File.ReadAllText(file))
            : throw new InvalidOperationException(
                $"Set {PortalClientOptions.Section}:{nameof(PortalClientOptions.ClientKey)} (Azure: the Key Vault reference) or "
                + $":{nameof(PortalClientOptions.ClientKeyFile)} (local) to log residents in to the portal.");
    }
}
