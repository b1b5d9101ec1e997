using Bot.Core.Login;
using Bot.Core.Storage.Secrets;

namespace Bot.Core.Conversations;

/// <summary>
/// The secrets of a conversation document, sealed for storage (<see cref="SealedValues"/>, the conversation key and the
/// field's path as associated data): the portal session's tokens (a delegated token and its delegation token too), the
/// pending login's device and user codes and its registration tokens, and the name and date of birth typed into 代理人の設定.
/// Only <see cref="ConversationStore"/> uses it; the rest of the bot sees plain records.
/// </summary>
public sealed class ConversationSecrets(SealedValues sealedValues)
{
    public ConversationState Seal(ConversationState state) => state with
    {
        PortalSession = Seal(state.PortalSession, state.Id, "portalSession"),
        PendingLogin = state.PendingLogin is { } pending
            ? pending with
            {
                DeviceCode = Seal(pending.DeviceCode, state.Id, "pendingLogin.deviceCode"),
                UserCode = Seal(pending.UserCode, state.Id, "pendingLogin.userCode"),
                Registration = Seal(pending.Registration, state.Id, "pendingLogin.registration"),
            }
            : null,
        ProxyAppointment = state.ProxyAppointment is { } form
            ? form with { Name = Seal(form.Name, state.Id, "proxyAppointment.name"), DateOfBirth = Seal(form.DateOfBirth, state.Id, "proxyAppointment.dateOfBirth") }
            : null,
    };

    /// <summary>
    /// The stored state with its secrets opened. A session or pending login with a value that does not open is
    /// dropped (the resident logs in again); <paramref name="dropped"/> names what was, for one log line.
    /// </summary>
    public ConversationState Open(ConversationState stored, out string? dropped)
    {
        var parts = new List<string>(2);
        var session = stored.PortalSession;
        if (session is not null && !TryOpen(session, stored.Id, "portalSession", out session))
        {
            parts.Add("portal session");
        }
        var pending = stored.PendingLogin;
        if (pending is not null && !TryOpen(pending, stored.Id, out pending))
        {
            parts.Add("pending login");
        }
        var form = stored.ProxyAppointment;
        if (form is not null && !TryOpen(form, stored.Id, out form))
        {
            parts.Add("proxy appointment form");
        }
        dropped = parts.Count == 0 ? null : string.Join(" and ", parts);
        return stored with { PortalSession = session, PendingLogin = pending, ProxyAppointment = form };
    }

    private bool TryOpen(PendingLogin pending, string id, out PendingLogin? opened)
    {
        opened = null;
        if (!TryOpen(pending.DeviceCode, id, "pendingLogin.deviceCode", out var deviceCode)
            || !TryOpen(pending.UserCode, id, "pendingLogin.userCode", out var userCode))
        {
            return false;
        }
        var registration = pending.Registration;
        if (registration is not null && !TryOpen(registration, id, "pendingLogin.registration", out registration))
        {
            return false;
        }
        opened = pending with { DeviceCode = deviceCode, UserCode = userCode, Registration = registration };
        return true;
    }

    /// <summary>A form whose name or date of birth does not open is dropped: the resident starts it again.</summary>
    private bool TryOpen(Proxies.Appointing.AppointmentForm form, string id, out Proxies.Appointing.AppointmentForm? opened)
    {
        opened = null;
        if (!TryOpen(form.Name, id, "proxyAppointment.name", out var name) || !TryOpen(form.DateOfBirth, id, "proxyAppointment.dateOfBirth", out var born))
        {
            return false;
        }
        opened = form with { Name = name, DateOfBirth = born };
        return true;
    }

    private bool TryOpen(PortalSession session, string id, string field, out PortalSession? opened)
    {
        opened = null;
        if (!sealedValues.TryOpen(session.AccessToken, id, field + ".accessToken", out var access)
            || !TryOpen(session.RefreshToken, id, field + ".refreshToken", out var refresh))
        {
            return false;
        }
        var acting = session.Acting;
        if (acting is not null)
        {
            if (!sealedValues.TryOpen(acting.AccessToken, id, field + ".acting.accessToken", out var delegated)
                || !sealedValues.TryOpen(acting.DelegationToken, id, field + ".acting.delegationToken", out var delegation))
            {
                return false;
            }
            acting = acting with { AccessToken = delegated, DelegationToken = delegation };
        }
        opened = session with { AccessToken = access, RefreshToken = refresh, Acting = acting };
        return true;
    }

    /// <summary>An absent value stays absent; a present one must open.</summary>
    private bool TryOpen(string? value, string id, string field, out string? opened)
    {
        opened = null;
        return value is null || sealedValues.TryOpen(value, id, field, out opened);
    }

    private PortalSession? Seal(PortalSession? session, string id, string field) => session is null ? null : session with
    {
        AccessToken = sealedValues.Seal(session.AccessToken, id, field + ".accessToken"),
        RefreshToken = Seal(session.RefreshToken, id, field + ".refreshToken"),
        Acting = session.Acting is { } acting
            ? acting with
            {
                AccessToken = sealedValues.Seal(acting.AccessToken, id, field + ".acting.accessToken"),
                DelegationToken = sealedValues.Seal(acting.DelegationToken, id, field + ".acting.delegationToken"),
            }
            : null,
    };

    private string? Seal(string? value, string id, string field) => value is null ? null : sealedValues.Seal(value, id, field);
}
