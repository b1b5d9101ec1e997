using System.Net;
using Bot.Core.Login;
using Portal.Contracts.LinkedSites;

namespace Bot.Core.LinkedSites;

/// <summary>What the portal answered a list or an unlink: the list (null for an unlink), or the status and problem the flow tells.</summary>
public sealed record LinkedSitesAnswer(LinkedSiteList? Value, PortalProblem? Problem, HttpStatusCode Status)
{
    /// <summary>The session was refused (expired, revoked): log in again.</summary>
    public bool SessionRejected => Status == HttpStatusCode.Unauthorized;

    /// <summary>The site is not (or no longer) linked to this resident.</summary>
    public bool NotLinked => Status == HttpStatusCode.NotFound;

    public bool Succeeded => (int)Status is >= 200 and < 300;
}
