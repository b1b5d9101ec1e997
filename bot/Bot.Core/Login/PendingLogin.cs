using Bot.Core.Conversations;

namespace Bot.Core.Login;

/// <summary>
/// A login the bot started and has not finished: the device flow while the resident signs with the card, then the
/// registration of a first-time resident. Never logged; dropped once the login (and registration) is done.
/// </summary>
public sealed record PendingLogin
{
    /// <summary>Random; the queued polls carry it, so a poll of an earlier login is recognised and dropped.</summary>
    public required string Id { get; init; }

    /// <summary>The action to run once logged in (a <see cref="Actions.BotAction"/> value, e.g. やること).</summary>
    public required string Intent { get; init; }

    /// <summary>The device flow's device_code; null once the tokens came.</summary>
    public string? DeviceCode { get; init; }

    public string? UserCode { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public int IntervalSeconds { get; init; }

    /// <summary>The registration-only tokens of a first-time resident, until registration is confirmed.</summary>
    public PortalSession? Registration { get; init; }

    /// <summary>The address typed, kept only between the e-mail step and consent to the terms.</summary>
    public string? Email { get; init; }

    /// <summary>The terms version shown, sent with the consent.</summary>
    public string? TermsVersion { get; init; }
}
