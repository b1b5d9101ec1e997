namespace Portal.Domain.Drafts;

/// <summary>Settings under <c>Drafts</c>: how long an untouched draft lives and when the resident is reminded.</summary>
public sealed class DraftOptions
{
    public const string Section = "Drafts";

    /// <summary>An untouched draft is deleted this long after its last change.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The reminder e-mail goes out this long before deletion.</summary>
    public TimeSpan ReminderBefore { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long after <see cref="Lifetime"/> the Cosmos TTL backstop removes a draft the timer missed.</summary>
    public TimeSpan BackstopGrace { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Most drafts one resident may keep at once.</summary>
    public int MaxDraftsPerResident { get; set; } = 50;

    /// <summary>Most files one draft may carry.</summary>
    public int MaxAttachments { get; set; } = 20;
}
