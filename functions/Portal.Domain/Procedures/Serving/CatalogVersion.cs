using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Templates;

namespace Portal.Domain.Procedures.Serving;

/// <summary>
/// A short fingerprint of the catalog's content: the same on every instance that loaded the same data, so a
/// continuation token minted by one instance is good at another, and stale after any change.
/// </summary>
public static class CatalogVersion
{
    public static string Of(IEnumerable<ProcedureTemplate> templates, IEnumerable<OfferingSet> sets)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Templates are few: their whole content counts. Sets are many: who changed them when is enough.
        foreach (var template in templates.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(template));
        }
        foreach (var set in sets.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{set.Id}|{set.UpdatedAt.UtcTicks}|{set.UpdatedBy}|{set.Offerings.Count}\n"));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 8));
    }
}
