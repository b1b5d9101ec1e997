using System.Buffers.Text;
using System.Security.Cryptography;

namespace Portal.Domain.Identity.CardRequests;

/// <summary>Unguessable identifiers and nonces, base64url without padding (safe in a URL path and a Cosmos id).</summary>
public static class RandomTokens
{
    /// <summary>128 bits: the request id is the capability to answer it, so it must not be guessable.</summary>
    public static string NewRequestId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static string NewNonce() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The shape <see cref="NewRequestId"/> makes (22 base64url characters); anything else is not ours.</summary>
    public static bool IsRequestId(string? id) =>
        id is { Length: 22 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
