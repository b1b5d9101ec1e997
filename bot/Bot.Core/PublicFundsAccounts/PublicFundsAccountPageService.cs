using System.Net;
using Bot.Core.Conversations;
using Portal.Contracts.Banks;
using Portal.Contracts.PublicFundsAccounts;

namespace Bot.Core.PublicFundsAccounts;

/// <summary>
/// The 公金受取口座 page behind a token: bank and branch found by name through the portal's public look-up, and the
/// account registered with PUT /api/me/public-funds-account as the conversation's resident (their own token, never a
/// proxy's). The token must be the conversation's live one; a registration spends it. What is typed is never stored here.
/// </summary>
public sealed class PublicFundsAccountPageService(ConversationStore conversations, PublicFundsAccountPortalClient portal, PublicFundsAccountPageTokens tokens)
{
    private static readonly PublicFundsAccountPageInput Empty = new(null, null, null, null, null, null, null, null);

    /// <summary>The empty page; null for an unknown, expired, spent or another conversation's token.</summary>
    public async Task<PublicFundsAccountPage?> GetAsync(string token, CancellationToken cancellationToken) =>
        await LoadAsync(token, cancellationToken) is null ? null : new PublicFundsAccountPage(Empty, [], null, [], []);

    /// <summary>A search, or the registration. Null: no such token.</summary>
    public async Task<PublicFundsAccountPage?> PostAsync(string token, PublicFundsAccountPageInput input, CancellationToken cancellationToken)
    {
        if (await LoadAsync(token, cancellationToken) is not { } loaded)
        {
            return null;
        }
        var bank = await BankAsync(input.BankCode, cancellationToken);
        switch (input.Action)
        {
            case "search-bank":
                var banks = string.IsNullOrWhiteSpace(input.BankQuery) ? [] : await portal.FindBanksAsync(input.BankQuery, cancellationToken);
                return new PublicFundsAccountPage(input with { AccountNumber = null }, banks, banks.Count == 1 ? banks[0] : null, [],
                    banks.Count == 0 ? [new("bankCode", "該当する金融機関が見つかりません。名前の一部（例：みずほ）で検索してください。")] : []);
            case "search-branch" when bank is not null:
                var branches = (await portal.FindBranchesAsync(bank.Code, input.BranchQuery ?? "", cancellationToken))?.Branches ?? [];
                return new PublicFundsAccountPage(input with { AccountNumber = null }, [], bank, branches,
                    branches.Count == 0 ? [new("branchCode", "該当する支店が見つかりません。支店名の一部で検索してください。")] : []);
            case "register":
                return await RegisterAsync(loaded, input, bank, cancellationToken);
            default:
                return new PublicFundsAccountPage(input with { AccountNumber = null }, [], bank, [], []);
        }
    }

    private async Task<PublicFundsAccountPage> RegisterAsync(
        StoredConversation loaded, PublicFundsAccountPageInput input, BankView? bank, CancellationToken cancellationToken)
    {
        var session = loaded.State.PortalSession!;
        var saved = await portal.PutAsync(session, new PublicFundsAccountUpdate(
            input.BankCode, input.BranchCode, input.AccountType, input.AccountNumber, input.HolderKana), cancellationToken);
        if (saved.Account is { } account)
        {
            // Spent: the link cannot register again, whoever holds it.
            await conversations.SaveAsync(loaded.State with { PublicFundsAccountPage = null }, loaded.ETag, cancellationToken);
            return new PublicFundsAccountPage(input with { AccountNumber = null }, [], bank, [], [], PublicFundsAccountTexts.Masked(account));
        }
        var errors = saved.Status == HttpStatusCode.Unauthorized
            ? [new PublicFundsAccountPageError("", "ログインの有効期限が切れました。チャットに戻って、もう一度「公金受取口座」から登録してください。")]
            : saved.Errors;
        return new PublicFundsAccountPage(input with { AccountNumber = null }, [], bank, [], errors);
    }

    private async Task<BankView?> BankAsync(string? code, CancellationToken cancellationToken) =>
        code is { Length: 4 } && code.All(char.IsAsciiDigit)
            ? (await portal.FindBranchesAsync(code, "", cancellationToken))?.Bank
            : null;

    private async Task<StoredConversation?> LoadAsync(string token, CancellationToken cancellationToken)
    {
        if (PublicFundsAccountPageTokens.ConversationKey(token) is not { } key)
        {
            return null;
        }
        var stored = await conversations.ReadAsync(key, cancellationToken);
        return tokens.IsValid(stored.State.PublicFundsAccountPage, token) && stored.State.PortalSession is not null ? stored : null;
    }
}
