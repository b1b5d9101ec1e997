namespace Portal.Contracts.Applications.History;

/// <summary>One entry of an application's status history.</summary>
/// <param name="From">Null for the submission itself.</param>
/// <param name="Actor">"agency" or "resident".</param>
/// <param name="Comment">What the actor wrote (a correction request's reason, a rejection's grounds), if anything.</param>
public sealed record StatusChangeView(StatusView? From, StatusView To, DateTimeOffset At, string Actor, string? Comment);
