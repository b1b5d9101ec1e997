namespace Portal.Contracts.Home;

/// <summary>One やること.</summary>
/// <param name="Kind">correction-requested, public-funds-account-invalid, certificate-expiring, important-notice or draft.</param>
/// <param name="TargetId">The receipt number, notice id or draft id; null for the account's own items.</param>
/// <param name="Title">The procedure's name or the notice's title, when there is one.</param>
/// <param name="DueAt">By when (a draft's expiry, the certificate's expiry).</param>
/// <param name="At">Since when.</param>
/// <param name="Link">The API path of what to open (relative to the portal's origin).</param>
public sealed record HomeTodoView(
    string Kind, string? TargetId, string? ProcedureId, string? Title, DateTimeOffset? DueAt, DateTimeOffset? At, string Link);
