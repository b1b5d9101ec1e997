using System.Net;
using Bot.Core.Login;

namespace Bot.Core.Notices.Settings;

/// <summary>What the portal answered a read or a save of 通知設定: the setting, or the status and problem the flow tells.</summary>
public sealed record PreferencesAnswer(StoredPreferences? Value, PortalProblem? Problem, HttpStatusCode Status)
{
    /// <summary>The session was refused (expired, revoked): log in again.</summary>
    public bool SessionRejected => Status == HttpStatusCode.Unauthorized;

    /// <summary>The setting changed since it was read (If-Match failed): read it again and apply the same change.</summary>
    public bool Changed => Status == HttpStatusCode.PreconditionFailed;
}
