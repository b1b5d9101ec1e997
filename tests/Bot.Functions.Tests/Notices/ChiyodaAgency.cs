using Portal.Domain.Notices.Preferences;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Procedures.Catalog;

namespace Bot.Functions.Tests.Notices;

/// <summary>
/// 千代田区 as an agency of the portal in <paramref name="portal"/>'s services: its client registered and a token minted
/// as the client-credentials grant would (the idea of the portal tests' AgencyNoticeApiHost), and a resident put in
/// 千代田区 as the card reading does (the profile and the area keys a fan-out finds recipients by).
/// </summary>
public sealed class ChiyodaAgency(IServiceProvider portal)
{
    public const string Code = "131016";
    public const string Name = "千代田区";
    public const string Address = "東京都千代田区千代田1-1";

    private const string ClientId = "chiyoda-chat-notices";

    public async Task<string> TokenAsync()
    {
        var binding = new AgencyBinding(Code, null);
        var clients = portal.GetRequiredService<ClientRepository>();
        if (await clients.FindAsync(ClientId, CancellationToken.None) is null)
        {
            await clients.CreateAsync(new RegisteredClient
            {
                Id = ClientId,
                Name = Name,
                Kind = ClientKinds.Agency,
                AllowedGrantTypes = [GrantTypes.ClientCredentials],
                AllowedScopes = [PortalScopes.AgencyNotices],
                Agency = binding,
                CreatedAt = DateTimeOffset.UtcNow,
            }, CancellationToken.None);
        }
        var issued = await portal.GetRequiredService<AccessTokenService>().IssueAsync(
            new AccessTokenClaims(ClientId, ClientId, [PortalScopes.AgencyNotices], binding));
        return issued.Token;
    }

    /// <summary>The account lives in 千代田区 according to its card (as <c>POST /api/me/profile/card</c> stores it).</summary>
    public async Task MoveInAsync(string accountId)
    {
        var now = DateTimeOffset.UtcNow;
        var profile = new ResidentProfile("通知 受取", Address, new DateOnly(1990, 4, 1), "2", ProfileSources.Card, now, now);
        var areaKeys = new ResidentAreas(LocalGovernmentCatalog.Load()).ChainOf(Address).Keys.Where(k => k != AudienceKeys.National).ToList();
        Assert.NotEmpty(areaKeys);
        await portal.GetRequiredService<AccountRepository>()
            .UpdateAsync(accountId, a => a with { Profile = profile, AreaKeys = areaKeys }, CancellationToken.None);
        // Quiet hours off: the test runs at any hour, and a normal notice waits out 21:00–08:00 JST by default
        // (the preferences' own tests cover the waiting).
        var repository = portal.GetRequiredService<NotificationPreferencesRepository>();
        var current = await repository.ReadAsync(accountId, CancellationToken.None);
        await repository.SaveAsync((current?.Document ?? NotificationPreferences.Defaults(accountId, emailNotifications: false)) with { QuietHours = null },
            current?.ETag, CancellationToken.None);
    }

    /// <summary><c>POST /api/agency/notices</c> to everyone in 千代田区; returns the notice's id.</summary>
    public async Task<string> SendToEveryoneAsync(HttpClient http, string title, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/agency/notices")
        {
            Content = JsonContent.Create(new
            {
                title,
                body,
                category = "health",
                importance = "normal",
                expiresAt = DateTimeOffset.UtcNow.AddDays(30),
                audience = new { kind = "everyone" },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());
        request.Headers.TryAddWithoutValidation("Idempotency-Key", Guid.NewGuid().ToString("N"));
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<JsonElement>(text).GetProperty("id").GetString()!;
    }
}
