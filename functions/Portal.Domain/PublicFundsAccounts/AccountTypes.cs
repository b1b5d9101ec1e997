namespace Portal.Domain.PublicFundsAccounts;

/// <summary>
/// 預金種別 a public-funds account may have: demand deposits only (流動性預金). 貯蓄 and 定期 are not accounts benefits
/// can be paid into, so they are refused like any other value.
/// </summary>
public static class AccountTypes
{
    public const string Ordinary = "ordinary";
    public const string Current = "current";

    /// <summary>The code and the label residents read, for each type that may be registered.</summary>
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Ordinary] = "普通",
        [Current] = "当座",
    };

    /// <returns>The code for a code or its Japanese label (普通, 当座); null for anything else.</returns>
    public static string? Parse(string? typed) =>
        typed is null ? null
            : Labels.ContainsKey(typed) ? typed
            : Labels.FirstOrDefault(l => l.Value == typed.Trim()).Key;
}
