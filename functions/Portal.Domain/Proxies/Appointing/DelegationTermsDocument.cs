using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Portal.Domain.Proxies.Appointing;

/// <summary>
/// What the accepting card signs: the delegation's terms as canonical JSON (fixed member order, no whitespace, UTF-8,
/// non-ASCII unescaped), so the same delegation always gives the same bytes and the evidence can be checked later.
/// Both parties as known when it was started: the starter's name from their card, the other as named.
/// </summary>
public static class DelegationTermsDocument
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Of(Delegation delegation)
    {
        ArgumentNullException.ThrowIfNull(delegation);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("delegationId", delegation.Id);
            json.WriteString("direction", delegation.Direction);
            var invitedIsProxy = delegation.Direction == DelegationDirections.PrincipalFirst;
            WriteParty(json, "principal", invitedIsProxy ? delegation.PrincipalName : null, invitedIsProxy ? null : delegation.Invited);
            WriteParty(json, "proxy", invitedIsProxy ? null : delegation.ProxyName, invitedIsProxy ? delegation.Invited : null);
            json.WriteString("kind", delegation.Kind);
            if (delegation.LegalBasis is { } basis)
            {
                json.WriteString("legalBasis", basis);
            }
            WriteList(json, "services", delegation.Services);
            WriteList(json, "informationCategories", delegation.InformationCategories);
            json.WriteString("validFrom", delegation.ValidFrom.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteString("validUntil", delegation.ValidUntil.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    public static byte[] DigestOf(Delegation delegation) => SHA256.HashData(Of(delegation));

    private static void WriteParty(Utf8JsonWriter json, string role, string? starterName, NamedPerson? invited)
    {
        json.WriteStartObject(role);
        json.WriteString("name", starterName ?? invited?.Name);
        if (invited is not null)
        {
            json.WriteString("dateOfBirth", invited.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        json.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }
}
