namespace Portal.Contracts.Notices.Agency;

/// <summary>A notice as its sending agency sees it; <paramref name="State"/> is scheduled, published, withdrawn or expired.</summary>
public sealed record AgencyNoticeView(
    string Id, string State, string Title, string Body, string Category, string Importance, DateTimeOffset PublishAt,
    DateTimeOffset ExpiresAt, DateTimeOffset? WithdrawnAt, string SenderName, AgencyNoticeAudienceView Audience,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<AgencyNoticeAttachmentView>? Attachments = null)
{
    /// <summary>The delivery figures (recipients, per channel, pending, read).</summary>
    public NoticeDeliveryFiguresView? Delivery { get; init; }
}
