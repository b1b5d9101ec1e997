namespace Bot.Core.Conversations;

/// <summary>
/// The resident's portal login for this channel user (tokens from the portal's OAuth endpoints). The core treats an
/// expired one as "log in again", never as an error.
/// </summary>
/// <param name="AccountId">
/// The portal account behind the tokens (<c>GET /api/me</c>'s id), learnt when the login completes: the link from the
/// account to the channel the resident last used, for status notices. Null in sessions stored before it existed.
/// </param>
/// <param name="SessionId">
/// The portal's id of this login (the ID token's <c>sid</c>): a new-login notice about this very login is not told in
/// this conversation. Null in sessions stored before it existed.
/// </param>
/// <param name="Acting">
/// Acting for a principal (代理で操作中) with a delegated token; null for the resident's own procedures. Part of the
/// session: a logout or a new login ends it too.
/// </param>
public sealed record PortalSession(
    string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt, string? AccountId = null, string? SessionId = null,
    Proxies.Acting.ActingFor? Acting = null)
{
    /// <summary>
    /// The bearer of the delegable calls (申請, わたしの情報, やりとり履歴, お知らせ): the delegated token while acting, else the
    /// own one. A method, not a property: the stored document must never hold a token unsealed.
    /// </summary>
    public string BearerToken() => Acting?.AccessToken ?? AccessToken;
}
