namespace Portal.Domain.Drafts;

/// <summary>What one expiry sweep did.</summary>
public sealed record DraftExpiryResult(int RemindersSent, int DraftsDeleted, int FilesDeleted);
