using System.Text.Json;
using Portal.Domain.Information.Catalogue;

namespace Portal.Domain.PublicFundsAccounts.Payments;

/// <summary>
/// The payment-purposes table (Payments/Data/payment-purposes.json, embedded): data, so a new 給付 is a row, not code.
/// Checked on load: a purpose code on every row, known body kinds only, no purpose twice.
/// </summary>
public sealed class PaymentPurposeTable
{
    private const string Resource = "Portal.Domain.PublicFundsAccounts.Payments.Data.payment-purposes.json";

    private static readonly Lazy<PaymentPurposeTable> Shipped = new(Load);

    private readonly Dictionary<string, PaymentPurpose> _rows;

    private PaymentPurposeTable(IEnumerable<PaymentPurpose> rows) => _rows = rows.ToDictionary(r => r.Purpose, StringComparer.Ordinal);

    public static PaymentPurposeTable Embedded => Shipped.Value;

    public IReadOnlyCollection<PaymentPurpose> Rows => _rows.Values;

    /// <summary>The row when <paramref name="bodyKind"/> may read the account for <paramref name="purpose"/>; else null.</summary>
    public PaymentPurpose? Find(string bodyKind, string purpose) =>
        _rows.GetValueOrDefault(purpose) is { } row && row.MayBeReadBy(bodyKind) ? row : null;

    /// <summary>The payment's name for a purpose code; null for codes the table does not have.</summary>
    public string? NameOf(string? purpose) => purpose is null ? null : _rows.GetValueOrDefault(purpose)?.Name;

    /// <exception cref="InvalidDataException">The data is unreadable, names an unknown body kind or lists a purpose twice.</exception>
    private static PaymentPurposeTable Load()
    {
        using var stream = typeof(PaymentPurposeTable).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidDataException($"{Resource} is not embedded.");
        var data = JsonSerializer.Deserialize<Data>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidDataException($"{Resource} holds no table.");
        foreach (var row in data.Purposes)
        {
            if (string.IsNullOrWhiteSpace(row.Purpose) || string.IsNullOrWhiteSpace(row.Name) || row.BodyKinds is not { Count: > 0 }
                || row.BodyKinds.Any(k => !Information.Catalogue.BodyKinds.All.Contains(k)))
            {
                throw new InvalidDataException($"{Resource}: the row {row.Purpose} names no purpose, no name or an unknown body kind.");
            }
        }
        if (data.Purposes.DistinctBy(r => r.Purpose).Count() != data.Purposes.Count)
        {
            throw new InvalidDataException($"{Resource}: a purpose is listed twice.");
        }
        return new PaymentPurposeTable(data.Purposes);
    }

    private sealed record Data(IReadOnlyList<PaymentPurpose> Purposes);
}
