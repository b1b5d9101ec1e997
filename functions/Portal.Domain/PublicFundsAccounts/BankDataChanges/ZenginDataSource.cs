using Microsoft.Extensions.Configuration;
using Portal.Domain.PublicFundsAccounts.Zengin;

namespace Portal.Domain.PublicFundsAccounts.BankDataChanges;

/// <summary>
/// Where the newest Zengin data comes from for the daily check: a folder holding banks.csv and branches.csv when the
/// setting <c>PublicFundsAccounts:ZenginDataFolder</c> names one (an operator drops a newer set there without a
/// release), else the data the portal runs with. Read at each run, so a swapped set is seen the next day.
/// </summary>
public sealed class ZenginDataSource(ZenginDirectory known, IConfiguration? configuration = null)
{
    public const string FolderSetting = "PublicFundsAccounts:ZenginDataFolder";

    /// <exception cref="InvalidDataException">The folder's files are malformed.</exception>
    public ZenginDirectory Current()
    {
        if (configuration?[FolderSetting] is not { Length: > 0 } folder)
        {
            return known;
        }
        using var banks = File.OpenRead(Path.Combine(folder, "banks.csv"));
        using var branches = File.OpenRead(Path.Combine(folder, "branches.csv"));
        return ZenginDirectory.Load(banks, branches);
    }
}
