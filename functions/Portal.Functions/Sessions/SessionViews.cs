using Portal.Contracts.Sessions;
using Portal.Domain.Identity.Sessions;

namespace Portal.Functions.Sessions;

/// <summary>A stored login as the resident sees it.</summary>
public static class SessionViews
{
    /// <param name="current">The asking token's login: marked, so the resident knows which one is "this one".</param>
    public static SessionView View(LoginSession session, string? current) => new(
        session.Id, session.ClientName, session.DeviceKind, session.StartedAt, session.LastUsedAt,
        string.Equals(session.Id, current, StringComparison.Ordinal));
}
