using System.Text.Json.Serialization;

namespace Portal.Contracts.Proxies.Acting;

/// <summary>
/// A delegation token for its proxy: the <c>subject_token</c> of a token exchange (RFC 8693), named as the exchange
/// names it. Worthless alone: the exchange also wants the proxy's own access token.
/// </summary>
public sealed record DelegationTokenView(
    [property: JsonPropertyName("subject_token")] string SubjectToken,
    [property: JsonPropertyName("subject_token_type")] string SubjectTokenType,
    [property: JsonPropertyName("expires_at")] DateTimeOffset ExpiresAt);
