namespace Bot.Core.Proxies.Acting;

/// <summary>
/// The resident acts for a principal (代理で操作中): part of the resident's own <see cref="Conversations.PortalSession"/>,
/// so a logout or a new login ends it with the session. Tokens are sealed in the stored document like the session's.
/// Never holds the principal's name: only the delegation and a label of the chat's own (委任者1).
/// </summary>
/// <param name="DelegationId">The delegation acted under (<c>GET /api/me/principals</c>'s id).</param>
/// <param name="Label">What the chat calls the principal, e.g. 委任者1: never the name (messages cross LINE's and Microsoft's servers).</param>
/// <param name="AccessToken">The delegated access token of the token exchange (no refresh token: exchange again).</param>
/// <param name="ExpiresAt">When <paramref name="AccessToken"/> expires (at most 10 minutes).</param>
/// <param name="DelegationToken">The subject token of the exchange, kept for exchanging again until it expires.</param>
/// <param name="DelegationTokenExpiresAt">When <paramref name="DelegationToken"/> expires.</param>
public sealed record ActingFor(
    string DelegationId, string Label, string AccessToken, DateTimeOffset ExpiresAt, string DelegationToken, DateTimeOffset DelegationTokenExpiresAt);
