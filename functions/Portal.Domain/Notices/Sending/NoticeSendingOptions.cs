namespace Portal.Domain.Notices.Sending;

/// <summary>
/// Configuration section <c>Notices</c>: what agencies may send. Figures change (and differ between a trial and a live
/// service, as GOV.UK Notify's do), so they are settings, never code.
/// </summary>
public sealed class NoticeSendingOptions
{
    public const string Section = "Notices";

    /// <summary>
    /// Hosts an https link in a body may point to: an exact host, or <c>*.</c> and a suffix for any host under it.
    /// Government domains by default, so a notice cannot send residents to a look-alike site.
    /// </summary>
    public string[] AllowedLinkHosts { get; set; } = ["*.lg.jp", "*.go.jp"];

    /// <summary>New notices per agency client per Japan day (a durable counter, unlike the per-minute edge limit).</summary>
    public int PerDayLimit { get; set; } = 1000;

    public int MaxTitleLength { get; set; } = 80;

    public int MaxBodyLength { get; set; } = 4000;

    /// <summary>The longest value one <c>((placeholder))</c> of a personal notice may be filled with.</summary>
    public int MaxTemplateValueLength { get; set; } = 100;

    /// <summary>How many placeholders (and values) one personal notice may have.</summary>
    public int MaxTemplateValues { get; set; } = 20;

    /// <summary>The longest a notice may stay in the inboxes (publishAt to expiresAt).</summary>
    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromDays(366);

    /// <summary>How far in the past publishAt may be (clock skew between the agency's system and ours).</summary>
    public TimeSpan PublishAtTolerance { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a notice is kept after it expired before Cosmos deletes it (the agency's list still shows it).</summary>
    public TimeSpan RetainAfterExpiry { get; set; } = TimeSpan.FromDays(30);
}
