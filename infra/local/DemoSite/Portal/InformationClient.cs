using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DemoSite.Hosting;
using Microsoft.Extensions.Options;

namespace DemoSite.Portal;

/// <summary>
/// 自己情報取得API: the resident's records of the consented category as of today (Japan), read at request time with
/// the DPoP-bound access token the sign-in saved (its proofs added by <see cref="DpopHandler"/>). Nothing is kept.
/// </summary>
public sealed class InformationClient(HttpClient http, IOptions<DemoSiteOptions> options, TimeProvider clock)
{
    private static readonly TimeZoneInfo Japan = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    /// <exception cref="PortalLinkLostException">The token is refused (unlinked, revoked or expired).</exception>
    /// <exception cref="HttpRequestException">The portal failed otherwise.</exception>
    public async Task<IReadOnlyList<InformationRecord>> ReadAsync(string accessToken, CancellationToken cancellationToken)
    {
        var portal = options.Value.Portal;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Japan).DateTime);
        var query = $"?category={Uri.EscapeDataString(portal.InformationCategory)}&asOf={today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(portal.InformationEndpoint + query));
        request.Headers.Authorization = new AuthenticationHeaderValue("DPoP", accessToken);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new PortalLinkLostException(string.Join(", ", response.Headers.WwwAuthenticate));
        }
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        return Records(body.RootElement);
    }

    /// <summary>The answer's periods → categories → providers → records, flattened.</summary>
    private static List<InformationRecord> Records(JsonElement view) =>
    [
        .. from period in view.GetProperty("periods").EnumerateArray()
           from category in period.GetProperty("categories").EnumerateArray()
           from provider in category.GetProperty("providers").EnumerateArray()
           from record in provider.GetProperty("records").EnumerateArray()
           select new InformationRecord(
               category.GetProperty("name").GetString() ?? "",
               provider.GetProperty("name").GetString() ?? "",
               record.GetProperty("validFrom").GetString() ?? "",
               record.GetProperty("withheld").GetBoolean(),
               record.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array
                   ? [.. items.EnumerateArray().Select(i => new InformationItem(i.GetProperty("label").GetString() ?? "", Text(i.GetProperty("value"))))]
                   : []),
    ];

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Null => "",
        _ => value.GetRawText(),
    };
}
