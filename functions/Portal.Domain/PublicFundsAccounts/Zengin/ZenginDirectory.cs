using Portal.Domain.Procedures.Data;

namespace Portal.Domain.PublicFundsAccounts.Zengin;

/// <summary>
/// The Zengin bank and branch codes, looked up by code. Built from two CSV streams (banks: bank_code,name,kana;
/// branches: bank_code,branch_code,name,kana), so the data set shipped in this assembly (<see cref="Embedded"/>) can
/// be swapped for a newer one — which is how a bank merger or a renumbered branch reaches registered accounts.
/// </summary>
public sealed class ZenginDirectory
{
    private const string Prefix = "Portal.Domain.PublicFundsAccounts.Zengin.Data.";

    private static readonly Lazy<ZenginDirectory> Shipped = new(() =>
    {
        using var banks = OpenResource("banks.csv");
        using var branches = OpenResource("branches.csv");
        return Load(banks, branches);
    });

    private readonly Dictionary<string, ZenginBank> _banks;
    private readonly Dictionary<(string Bank, string Branch), ZenginBranch> _branches;

    private ZenginDirectory(Dictionary<string, ZenginBank> banks, Dictionary<(string, string), ZenginBranch> branches)
    {
        _banks = banks;
        _branches = branches;
    }

    /// <summary>The data set shipped with the portal (see Data/SOURCE.md), read once per process.</summary>
    public static ZenginDirectory Embedded => Shipped.Value;

    public int BankCount => _banks.Count;

    public int BranchCount => _branches.Count;

    public IEnumerable<ZenginBank> Banks => _banks.Values;

    public IEnumerable<ZenginBranch> Branches => _branches.Values;

    /// <exception cref="InvalidDataException">A malformed file, a code of the wrong length, a code listed twice, or
    /// a branch of a bank that is not listed.</exception>
    public static ZenginDirectory Load(Stream banks, Stream branches)
    {
        var bankTable = CsvTable.Parse("banks.csv", ReadAll(banks));
        var byCode = new Dictionary<string, ZenginBank>(StringComparer.Ordinal);
        foreach (var row in bankTable.Rows)
        {
            var bank = new ZenginBank(Code(row, "bank_code", 4), row["name"], row["kana"]);
            if (!byCode.TryAdd(bank.Code, bank))
            {
                throw new InvalidDataException($"{row.Describe("name")}: bank code {bank.Code} is listed twice.");
            }
        }
        var branchTable = CsvTable.Parse("branches.csv", ReadAll(branches));
        var byBranch = new Dictionary<(string, string), ZenginBranch>();
        foreach (var row in branchTable.Rows)
        {
            var branch = new ZenginBranch(Code(row, "bank_code", 4), Code(row, "branch_code", 3), row["name"], row["kana"]);
            if (!byCode.ContainsKey(branch.BankCode) || !byBranch.TryAdd((branch.BankCode, branch.Code), branch))
            {
                throw new InvalidDataException($"{row.Describe("name")}: branch {branch.BankCode}-{branch.Code} is unknown or listed twice.");
            }
        }
        return new ZenginDirectory(byCode, byBranch);
    }

    public ZenginBank? FindBank(string bankCode) => _banks.GetValueOrDefault(bankCode);

    public ZenginBranch? FindBranch(string bankCode, string branchCode) => _branches.GetValueOrDefault((bankCode, branchCode));

    private static string Code(CsvRow row, string column, int digits)
    {
        var code = row[column];
        return code.Length == digits && code.All(char.IsAsciiDigit)
            ? code
            : throw new InvalidDataException($"{row.Describe("name")}: {column} \"{code}\" is not {digits} digits.");
    }

    private static string ReadAll(Stream stream)
    {
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return reader.ReadToEnd();
    }

    private static Stream OpenResource(string fileName) =>
        typeof(ZenginDirectory).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"The embedded resource {fileName} is missing.");
}
