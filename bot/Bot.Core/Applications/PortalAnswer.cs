using System.Net;

namespace Bot.Core.Applications;

/// <summary>What the portal answered a resident's call: the value, or the status the flow answers itself (401, 404).</summary>
public sealed record PortalAnswer<T>(T? Value, HttpStatusCode Status) where T : class
{
    /// <summary>The session was refused (expired, revoked): log in again.</summary>
    public bool SessionRejected => Status == HttpStatusCode.Unauthorized;
}
