namespace Portal.Domain.Notices.Sending;

/// <summary>Where a notice is stored (its audience key) and its audience, resolved (a personal notice's account set).</summary>
public sealed record NoticeAddress(string AudienceKey, NoticeAudience Audience);
