using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Domain.ExternalSites.PushedAuthorization;

/// <summary>
/// The <c>request_uri</c> a pushed request is answered with (RFC 9126 §2.2): the URN prefix and 256 random bits, so it
/// cannot be guessed; the store keeps only a hash of it.
/// </summary>
public static class RequestUris
{
    public const string Prefix = "urn:ietf:params:oauth:request_uri:";

    private const int RandomLength = 43;

    public static string New() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The shape <see cref="New"/> makes; anything else names no pushed request and is never looked up.</summary>
    public static bool IsRequestUri([NotNullWhen(true)] string? text) =>
        text is { Length: > 0 } && text.Length == Prefix.Length + RandomLength && text.StartsWith(Prefix, StringComparison.Ordinal)
        && text.AsSpan(Prefix.Length).IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") < 0;

    /// <summary>"par-" and base64url SHA-256 of the whole URI: what the document is stored under.</summary>
    public static string StoredIdOf(string requestUri) =>
        "par-" + Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(requestUri)));
}
