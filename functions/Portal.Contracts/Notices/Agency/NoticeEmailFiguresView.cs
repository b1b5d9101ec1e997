namespace Portal.Contracts.Notices.Agency;

/// <summary>E-mails: queued in the outbox, sent, and failed for good (the outbox gave up): each resident's at most once per notice.</summary>
public sealed record NoticeEmailFiguresView(int Queued, int Sent, int Failed);
