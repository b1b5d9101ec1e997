namespace Portal.Domain.ExternalSites.Codes;

/// <summary>What a code is issued for: everything <see cref="AuthorizationCode"/> binds, known once the resident consented.</summary>
public sealed record NewAuthorizationCode(
    string ClientId, string RedirectUri, string CodeChallenge, string? DpopJkt, string AccountId, IReadOnlyList<string> Scopes,
    string Nonce, DateTimeOffset AuthenticatedAt);
