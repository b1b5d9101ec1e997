namespace Bot.Core.Login;

/// <summary>The queued "poll the token endpoint once" for a pending login. Carries no code or token.</summary>
public sealed record LoginPoll(string Channel, string UserId, string LoginId, int IntervalSeconds);
