namespace Portal.Domain.Applications.Status;

/// <summary>One status change in an application's history; the first is the submission itself (no <paramref name="From"/>).</summary>
/// <param name="Comment">What the actor wrote (a correction request's reason, a rejection's grounds), or null.</param>
public sealed record StatusChange(ApplicationStatus? From, ApplicationStatus To, DateTimeOffset At, StatusActor Actor, string? Comment);
