namespace Portal.Contracts.Sessions;

/// <summary>One active login of the resident (ログイン中の端末), as <c>GET /api/me/sessions</c> lists it.</summary>
/// <param name="Id">The session id (<c>ses-…</c>): what <c>DELETE /api/me/sessions/{id}</c> takes.</param>
/// <param name="ClientName">The registered client the login was made through, e.g. "マイナポータル チャットボット".</param>
/// <param name="DeviceKind">One of <c>DeviceKinds</c>, as the client declared it when the login started.</param>
/// <param name="LastUsedAt">The login's last refresh (at most one access-token lifetime behind its real use).</param>
/// <param name="Current">Whether this is the login of the token that asked.</param>
public sealed record SessionView(
    string Id, string ClientName, string DeviceKind, DateTimeOffset StartedAt, DateTimeOffset LastUsedAt, bool Current);
