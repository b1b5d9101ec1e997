namespace Portal.Contracts.Applications.Residents;

/// <summary>POST /api/me/applications/{receiptNumber}/withdrawal: 取下げ, with an optional reason for the agency.</summary>
public sealed record WithdrawalRequest(string? Comment);
