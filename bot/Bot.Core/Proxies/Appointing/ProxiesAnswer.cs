using System.Net;
using Bot.Core.Login;

namespace Bot.Core.Proxies.Appointing;

/// <summary>What the portal answered about delegations: the value, or the status and problem the flow tells in words.</summary>
public sealed record ProxiesAnswer<T>(T? Value, PortalProblem? Problem, HttpStatusCode Status)
    where T : class
{
    /// <summary>The session was refused (expired, revoked): log in again.</summary>
    public bool SessionRejected => Status == HttpStatusCode.Unauthorized;

    /// <summary>Not one of this resident's delegations on that side (or no such id).</summary>
    public bool NotFound => Status == HttpStatusCode.NotFound;
}
