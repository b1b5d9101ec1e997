using System.Globalization;
using System.Security.Claims;
using System.Text.Json;

namespace DemoSite.Residents;

/// <summary>
/// What the portal's ID token said about the resident with their consent, under the OIDC claim names it uses (kept as
/// issued: the handler maps no claim type): name, address (formatted), birthdate, gender, and where and when the
/// portal read them (source, read_at). Each is null when not consented or not known.
/// </summary>
public sealed record ResidentAttributes(string? Name, string? Address, string? Birthdate, string? Gender, string? Source, DateTimeOffset? ReadAt)
{
    public static ResidentAttributes Of(ClaimsPrincipal user)
    {
        string? Value(string type) => user.FindFirst(type)?.Value;
        return new ResidentAttributes(
            Value("name"),
            Value("address") is { } address ? FormattedAddress(address) : null,
            Value("birthdate"),
            Value("gender"),
            Value("source"),
            long.TryParse(Value("read_at"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null);
    }

    /// <summary>OIDC Core §5.1.1: an address is a JSON object; the card's one line is its "formatted".</summary>
    private static string FormattedAddress(string json)
    {
        try
        {
            using var address = JsonDocument.Parse(json);
            return address.RootElement.TryGetProperty("formatted", out var formatted) ? formatted.GetString() ?? "" : json;
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
