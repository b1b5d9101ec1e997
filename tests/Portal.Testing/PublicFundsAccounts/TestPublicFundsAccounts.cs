using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.PublicFundsAccounts;

namespace Portal.Testing.PublicFundsAccounts;

/// <summary>
/// A registered 公金受取口座 for a test resident, written straight into the portal's store: registering one over HTTP
/// needs a name read from a card, which tests about something else (submitting with 「公金受取口座を利用する」) do not have.
/// </summary>
public static class TestPublicFundsAccounts
{
    /// <summary>みずほ 東京営業部 普通 ****567.</summary>
    public static async Task RegisterAsync(IServiceProvider portal, string residentId, string bankCode = "0001", string branchCode = "001")
    {
        var repository = portal.GetRequiredService<PublicFundsAccountRepository>();
        if (await repository.ReadAsync(residentId, CancellationToken.None) is not null)
        {
            return;
        }
        var now = DateTimeOffset.UtcNow;
        await repository.CreateAsync(new PublicFundsAccount
        {
            ResidentId = residentId, BankCode = bankCode, BranchCode = branchCode, AccountType = "ordinary",
            AccountNumber = "1234567", HolderKana = "ヤマダ　タロウ", HolderName = "山田 太郎", RegisteredAt = now, UpdatedAt = now,
        }, CancellationToken.None);
    }

    /// <summary>For the resident an access token is for (its <c>sub</c>).</summary>
    public static Task RegisterForTokenAsync(IServiceProvider portal, string accessToken) => RegisterAsync(portal, Subject(accessToken));

    private static string Subject(string accessToken)
    {
        var payload = accessToken.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
        return json.RootElement.GetProperty("sub").GetString()!;
    }
}
