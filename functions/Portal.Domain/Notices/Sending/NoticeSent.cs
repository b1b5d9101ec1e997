using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Sending;

/// <summary>The notice a POST made, or found when the same Idempotency-Key and content came again.</summary>
public sealed record NoticeSent(Stored<Notice> Notice, bool Created);
