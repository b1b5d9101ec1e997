using Portal.Domain.Identity.Clients;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Notices.Delivery;
using Portal.Domain.Notices.Sending;
using Portal.Domain.Procedures.LocalGovernments;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// The four notices whose writes and fan-out are measured. Area and segment notices go through the agencies' own path
/// (<see cref="AgencyNoticeService.SendAsync"/>, which publishes a notice due now at once). A personal notice cannot be
/// sent by an agency yet (the residentRef index is not built: the validator answers unsupported-audience), so it is
/// written as the portal writes its own (create in the resident's partition) and published by the same
/// <see cref="NoticePublisher"/>.
/// </summary>
public sealed class BenchNotices(AgencyNoticeService agencies, NoticeRepository notices, NoticePublisher publisher)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public async Task ToResidentAsync(string accountId)
    {
        var now = DateTimeOffset.UtcNow;
        var stored = await notices.CreateAsync(new Notice
        {
            Id = NoticeIdentifiers.NewNoticeId(), AudienceKey = AudienceKeys.Resident(accountId), AgencyClientId = "portal",
            SenderName = "マイナポータル", Audience = new NoticeAudience(NoticeAudienceKinds.Resident, ResidentAccountId: accountId),
            Title = "申請の状況が変わりました", Body = "ベンチマークの個人宛てお知らせです。", Category = NoticeCategories.Procedures,
            Importance = NoticeImportance.Normal, PublishAt = now, ExpiresAt = now + Lifetime, CreatedAt = now, UpdatedAt = now,
            IdempotencyKeyHash = Guid.NewGuid().ToString("N"), Ttl = (int)(Lifetime + TimeSpan.FromDays(30)).TotalSeconds,
        }, CancellationToken.None);
        await publisher.StartIfPublishedAsync(stored, CancellationToken.None);
    }

    /// <summary>A segment of <paramref name="body"/>'s residents by age (at publishing), sent by that body.</summary>
    public Task SegmentAsync(LocalGovernment body, int minAge, int maxAge) =>
        SendAsync(body, new NoticeAudienceRequest(NoticeAudienceKinds.Segment, body.Code, minAge, maxAge), "特定健診のご案内");

    /// <summary>Everyone in <paramref name="body"/> (a ward, a city or a prefecture), sent by that body.</summary>
    public Task EveryoneAsync(LocalGovernment body) =>
        SendAsync(body, new NoticeAudienceRequest(NoticeAudienceKinds.Everyone, body.Code), "防災訓練のお知らせ");

    private async Task SendAsync(LocalGovernment body, NoticeAudienceRequest audience, string title)
    {
        var agency = new AgencyContext($"bench-agency-{body.Code}", new AgencyBinding(body.Code, null), ["agency.notices"]);
        var content = new NoticeContent(title, $"{body.Name}からのベンチマーク用お知らせです。", NoticeCategories.Other,
            NoticeImportance.Normal, null, DateTimeOffset.UtcNow + Lifetime);
        await agencies.SendAsync(agency, body.Name, new NoticeSendRequest(Guid.NewGuid().ToString("N"), content, audience), CancellationToken.None);
    }
}
