namespace Portal.Domain.Home;

/// <summary>Settings under <c>Home</c>: how long each part may take and how much of each ホーム shows.</summary>
public sealed class HomeOptions
{
    public const string Section = "Home";

    /// <summary>A part that has not answered by then is left out (and named in <c>unavailable</c>).</summary>
    public TimeSpan PartTimeout { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>How many of the newest notices are shown.</summary>
    public int LatestNotices { get; set; } = 5;

    /// <summary>How many applications in progress are shown (and looked at for 補正依頼).</summary>
    public int MaxApplications { get; set; } = 20;

    /// <summary>The card's authentication certificate is a やること this long before it expires (3 months).</summary>
    public TimeSpan CertificateWarning { get; set; } = TimeSpan.FromDays(90);
}
