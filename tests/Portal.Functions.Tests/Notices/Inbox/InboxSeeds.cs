using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Procedures.Catalog;
using Portal.Functions.Tests.Accounts;

namespace Portal.Functions.Tests.Notices.Inbox;

/// <summary>
/// Residents with a card profile stored as the card reading stores it, and notices written straight through the
/// repository (the stored document is the model the agencies' side shares), at times relative to the host's clock.
/// </summary>
public sealed class InboxSeeds(AccountsApi api)
{
    public const string ChuoSapporo = "北海道札幌市中央区北1条西2丁目";

    private static readonly ResidentAreas Areas = new(LocalGovernmentCatalog.Load());

    public DateTimeOffset Now => api.Clock.GetUtcNow();

    /// <summary>The audience key of the body <paramref name="address"/> names (a ward, a city or a prefecture).</summary>
    public static string AreaOf(string address) => AudienceKeys.Area(Areas.Resolve(address)!.Code);

    /// <returns>The account id and a portal token.</returns>
    public async Task<(string AccountId, string Token)> ResidentAsync(string? address = null, DateOnly? born = null)
    {
        var (id, token, _) = await api.RegisteredAsync();
        if (address is not null)
        {
            var profile = new ResidentProfile("通知 受取", address, born ?? new DateOnly(1990, 4, 1), "2", ProfileSources.Card, Now, Now);
            // As the card reading stores it: the profile and where its address is (what a fan-out finds recipients by).
            var areaKeys = Areas.ChainOf(address).Keys.Where(k => k != AudienceKeys.National).ToList();
            await api.Host.Services.GetRequiredService<AccountRepository>()
                .UpdateAsync(id, a => a with { Profile = profile, AreaKeys = areaKeys }, CancellationToken.None);
        }
        return (id, token);
    }

    public async Task<string> NoticeAsync(
        string audienceKey, NoticeAudience? audience = null, TimeSpan? age = null, string category = NoticeCategories.Other,
        DateTimeOffset? publishAt = null, DateTimeOffset? expiresAt = null, DateTimeOffset? withdrawnAt = null, string title = "お知らせ")
    {
        var published = publishAt ?? Now - (age ?? TimeSpan.FromMinutes(1));
        var notice = new Notice
        {
            Id = NoticeIdentifiers.NewNoticeId(),
            AudienceKey = audienceKey,
            AgencyClientId = "agency-test",
            SenderName = "テスト市",
            Audience = audience ?? new NoticeAudience(audienceKey.StartsWith("res-", StringComparison.Ordinal)
                ? NoticeAudienceKinds.Resident : NoticeAudienceKinds.Everyone),
            Title = title,
            Body = "本文です。\n\n詳しくは https://www.example.lg.jp/ をご覧ください。",
            Category = category,
            Importance = NoticeImportance.Normal,
            PublishAt = published,
            ExpiresAt = expiresAt ?? published.AddDays(30),
            WithdrawnAt = withdrawnAt,
            CreatedAt = published,
            UpdatedAt = published,
            IdempotencyKeyHash = Guid.NewGuid().ToString("N"),
            Ttl = 60 * 60 * 24 * 60,
        };
        await api.Host.Services.GetRequiredService<NoticeRepository>().CreateAsync(notice, CancellationToken.None);
        return notice.Id;
    }

    public async Task<JsonElement> ListAsync(string token, string query = "") =>
        await AccountsApi.ExpectAsync(await api.SendAsync(HttpMethod.Get, "/api/me/notices" + query, token), 200);

    /// <summary>Every page, following the continuations.</summary>
    public async Task<List<JsonElement>> AllAsync(string token, string query = "")
    {
        var all = new List<JsonElement>();
        string? continuation = null;
        do
        {
            var separator = query.Length == 0 ? "?" : "&";
            var page = await ListAsync(token, continuation is null ? query : $"{query}{separator}continuation={continuation}");
            all.AddRange(page.GetProperty("items").EnumerateArray());
            continuation = page.TryGetProperty("continuation", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (continuation is not null);
        return all;
    }

    public async Task<List<string>> IdsAsync(string token, string query = "") =>
        [.. (await AllAsync(token, query)).Select(i => i.GetProperty("id").GetString()!)];

    public async Task<JsonElement> UnreadAsync(string token) =>
        await AccountsApi.ExpectAsync(await api.SendAsync(HttpMethod.Get, "/api/me/notices/unread-count", token), 200);
}
