using System.Net;
using Bot.Core.Login;
using Portal.Contracts.ResidentLookup;

namespace Bot.Core.LookupConsent;

/// <summary>What the portal answered a read or a change of the consent: the choice, or the status and problem the flow tells.</summary>
public sealed record LookupConsentAnswer(LookupConsentView? Value, PortalProblem? Problem, HttpStatusCode Status)
{
    /// <summary>The session was refused (expired, revoked): log in again.</summary>
    public bool SessionRejected => Status == HttpStatusCode.Unauthorized;
}
