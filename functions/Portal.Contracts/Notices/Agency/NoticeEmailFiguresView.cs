namespace Portal.Contracts.Notices.Agency;

/// <summary>E-mails: queued in the outbox, and sent (each resident's at most once per notice).</summary>
public sealed record NoticeEmailFiguresView(int Queued, int Sent);
