using System.Text;
using Portal.Domain.PublicFundsAccounts;
using Portal.Domain.PublicFundsAccounts.BankDataChanges;
using Portal.Domain.PublicFundsAccounts.Zengin;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Information;

namespace Portal.Functions.Tests.PublicFundsAccounts;

/// <summary>
/// The daily bank-data check against a swapped Zengin data set (りそな gone, a 埼玉りそな branch renumbered, a 三菱ＵＦＪ
/// branch renamed): exactly the affected residents get 「登録口座が無効になりました」 once — however often it runs — and
/// see the account invalid until they register it again; the others hear nothing.
/// </summary>
public sealed class BankDataChangeTests(InformationFixture fixture) : IClassFixture<InformationFixture>
{
    private PaymentsApi Payments => new(fixture.Api);

    private T Service<T>() where T : notnull => (T)fixture.Api.Host.Services.GetService(typeof(T))!;

    [Fact]
    public async Task Affected_residents_are_told_once_and_see_the_account_invalid_until_they_register_again()
    {
        var shipped = ZenginDirectory.Embedded;
        var renumbered = shipped.Branches.First(b => b.BankCode == "0017");
        var renamed = shipped.Branches.First(b => b.BankCode == "0005");
        var (bankGone, bankGoneToken) = await Payments.ResidentAsync(PaymentsApi.Account("0010", shipped.Branches.First(b => b.BankCode == "0010").Code));
        var (branchGone, branchGoneToken) = await Payments.ResidentAsync(PaymentsApi.Account("0017", renumbered.Code));
        var (branchRenamed, branchRenamedToken) = await Payments.ResidentAsync(PaymentsApi.Account("0005", renamed.Code));
        var (_, unaffectedToken) = await Payments.ResidentAsync(PaymentsApi.Account("0001", "001"));
        var changed = Changed(shipped, renumbered, renamed);
        var scan = Service<BankDataChangeScan>();

        await scan.RunAsync(changed, CancellationToken.None);
        await scan.RunAsync(changed, CancellationToken.None);

        foreach (var token in new[] { bankGoneToken, branchGoneToken, branchRenamedToken })
        {
            var told = Assert.Single(await Payments.NoticesAsync(token, BankDataChangeNotices.Title));
            Assert.Contains("****567", told, StringComparison.Ordinal);
            Assert.Contains("マイナポータルで公金受取口座を登録し直す", told, StringComparison.Ordinal);
            Assert.DoesNotContain("1234567", told, StringComparison.Ordinal);
            Assert.False((await AccountsApi.ExpectAsync(await fixture.Api.SendAsync(HttpMethod.Get, PaymentsApi.MePath, token), 200))
                .GetProperty("valid").GetBoolean());
        }
        Assert.Empty(await Payments.NoticesAsync(unaffectedToken, BankDataChangeNotices.Title));
        Assert.True((await AccountsApi.ExpectAsync(await fixture.Api.SendAsync(HttpMethod.Get, PaymentsApi.MePath, unaffectedToken), 200))
            .GetProperty("valid").GetBoolean());
        var accounts = Service<PublicFundsAccountRepository>();
        Assert.Equal((BankDataChangeReasons.BankGone, BankDataChangeReasons.BranchGone, BankDataChangeReasons.BranchRenamed),
            ((await accounts.ReadAsync(bankGone, CancellationToken.None))!.Document.InvalidReason,
             (await accounts.ReadAsync(branchGone, CancellationToken.None))!.Document.InvalidReason,
             (await accounts.ReadAsync(branchRenamed, CancellationToken.None))!.Document.InvalidReason));
        Assert.Contains("全銀協の金融機関データに載らなくなりました", Assert.Single(await Payments.NoticesAsync(bankGoneToken, BankDataChangeNotices.Title)), StringComparison.Ordinal);
        Assert.Contains(renamed.Name, Assert.Single(await Payments.NoticesAsync(branchRenamedToken, BankDataChangeNotices.Title)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_the_account_again_clears_the_invalid_mark()
    {
        var shipped = ZenginDirectory.Embedded;
        var (id, token) = await Payments.ResidentAsync(PaymentsApi.Account("0010", shipped.Branches.First(b => b.BankCode == "0010").Code));
        var changed = Changed(shipped, shipped.Branches.First(b => b.BankCode == "0017"), shipped.Branches.First(b => b.BankCode == "0005"));
        await Service<BankDataChangeScan>().RunAsync(changed, CancellationToken.None);

        var again = await AccountsApi.ExpectAsync(await fixture.Api.SendAsync(HttpMethod.Put, PaymentsApi.MePath, token, PaymentsApi.Account("0001", "001")), 200);
        await Service<BankDataChangeScan>().RunAsync(changed, CancellationToken.None);

        Assert.True(again.GetProperty("valid").GetBoolean());
        var stored = (await Service<PublicFundsAccountRepository>().ReadAsync(id, CancellationToken.None))!.Document;
        Assert.Equal((null, null), (stored.InvalidatedAt, stored.InvalidReason));
        Assert.Single(await Payments.NoticesAsync(token, BankDataChangeNotices.Title));
        Assert.Equal("有効", InformationSeeds.Item(Assert.Single(InformationSeeds.Records(
            await Payments.Seeds.MineAsync(token, "category=public-funds-account"))).Record, "status").GetString());
    }

    /// <summary>The shipped set with bank 0010 gone, <paramref name="renumbered"/> under code 9xx, <paramref name="renamed"/> renamed.</summary>
    private static ZenginDirectory Changed(ZenginDirectory shipped, ZenginBranch renumbered, ZenginBranch renamed)
    {
        var banks = new StringBuilder("bank_code,name,kana\n");
        foreach (var bank in shipped.Banks.Where(b => b.Code != "0010"))
        {
            banks.Append($"{bank.Code},{bank.Name},{bank.Kana}\n");
        }
        var free = Enumerable.Range(900, 100).Select(n => n.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))
            .First(code => shipped.FindBranch(renumbered.BankCode, code) is null);
        var branches = new StringBuilder("bank_code,branch_code,name,kana\n");
        foreach (var branch in shipped.Branches.Where(b => b.BankCode != "0010"))
        {
            var (code, name, kana) = branch == renumbered ? (free, branch.Name, branch.Kana)
                : branch == renamed ? (branch.Code, branch.Name + "中央", branch.Kana + "チユウオウ")
                : (branch.Code, branch.Name, branch.Kana);
            branches.Append($"{branch.BankCode},{code},{name},{kana}\n");
        }
        using var bankStream = new MemoryStream(Encoding.UTF8.GetBytes(banks.ToString()));
        using var branchStream = new MemoryStream(Encoding.UTF8.GetBytes(branches.ToString()));
        return ZenginDirectory.Load(bankStream, branchStream);
    }
}
