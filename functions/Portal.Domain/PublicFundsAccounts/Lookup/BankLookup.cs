using Portal.Domain.PublicFundsAccounts.Zengin;

namespace Portal.Domain.PublicFundsAccounts.Lookup;

/// <summary>
/// Finds banks and branches in the Zengin data by name, kana or code, so a resident registering a 公金受取口座 never
/// has to know a code. Public reference data: nothing personal is read. Exact matches first, then prefixes, then
/// names that contain what was typed; at most <see cref="MaxResults"/>.
/// </summary>
public sealed class BankLookup(ZenginDirectory directory)
{
    public const int MaxResults = 20;

    private readonly Lazy<ILookup<string, ZenginBranch>> _branchesByBank = new(() => directory.Branches.ToLookup(b => b.BankCode));

    /// <exception cref="BankQueryException">The query is too long.</exception>
    public IReadOnlyList<ZenginBank> FindBanks(string? q)
    {
        var query = Parse(q);
        return query is null ? [] : Best(directory.Banks, b => query.Rank(b.Code, b.Name, b.Kana), b => b.Code);
    }

    /// <summary>The bank's branches matching <paramref name="q"/>; without a query, its first branches by code.</summary>
    /// <exception cref="UnknownBankException">The data lists no such bank.</exception>
    /// <exception cref="BankQueryException">The query is too long.</exception>
    public (ZenginBank Bank, IReadOnlyList<ZenginBranch> Branches) FindBranches(string bankCode, string? q)
    {
        var bank = directory.FindBank(bankCode) ?? throw new UnknownBankException(bankCode);
        var query = Parse(q);
        var branches = _branchesByBank.Value[bank.Code];
        return (bank, query is null
            ? [.. branches.OrderBy(b => b.Code, StringComparer.Ordinal).Take(MaxResults)]
            : Best(branches, b => query.Rank(b.Code, b.Name, b.Kana), b => b.Code));
    }

    private static BankQuery? Parse(string? q) =>
        q is { Length: > BankQuery.MaxLength } ? throw new BankQueryException() : BankQuery.Parse(q);

    private static List<T> Best<T>(IEnumerable<T> items, Func<T, int?> rank, Func<T, string> code) =>
    [
        .. items.Select(item => (Item: item, Rank: rank(item)))
            .Where(r => r.Rank is not null)
            .OrderBy(r => r.Rank).ThenBy(r => code(r.Item), StringComparer.Ordinal)
            .Take(MaxResults)
            .Select(r => r.Item),
    ];
}
