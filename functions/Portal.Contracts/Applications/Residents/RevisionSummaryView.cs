namespace Portal.Contracts.Applications.Residents;

/// <summary>One submitted version as the resident sees it: when, which form version, signed or not, which files.</summary>
public sealed record RevisionSummaryView(int Number, DateTimeOffset SubmittedAt, string FormVersion, bool Signed, IReadOnlyList<string> Attachments);
