namespace Bot.Core.Login;

/// <summary>
/// The queued "poll once" of the login poll queue. Carries no code or token. Discriminated by
/// <paramref name="SubmissionId"/>: null polls the token endpoint for a pending login; set, it polls that submission until
/// the card has signed (<see cref="Forms.SigningPoller"/>; <paramref name="LoginId"/> is then empty).
/// </summary>
public sealed record LoginPoll(string Channel, string UserId, string LoginId, int IntervalSeconds, string? SubmissionId = null);
