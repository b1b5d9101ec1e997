using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Portal.Contracts.PublicFundsAccounts;

namespace Bot.Core.PublicFundsAccounts;

/// <summary>What the 公金受取口座 feature says. The number is shown masked only (****567), never whole.</summary>
public static class PublicFundsAccountTexts
{
    public const string MenuLabel = "公金受取口座";

    public static Choice Entry { get; } = Replies.Choice(MenuLabel, PublicFundsAccountActions.Show);

    public static bool IsAccountWord(string text) => text is "公金受取口座" or "公金口座" or "受取口座";

    /// <summary>7 digits typed in the chat (spaces, hyphens or full-width allowed): an account number that must not be here.</summary>
    public static bool LooksLikeAccountNumber(string text)
    {
        var digits = 0;
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormKC))
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '-' or '　'))
            {
                return false;
            }
        }
        return digits == 7;
    }

    /// <summary>"みずほ 東京営業部 普通 ****567", as the portal's notices write it; a code stands in for a name no longer listed.</summary>
    public static string Masked(PublicFundsAccountView account) =>
        $"{account.Bank.Name ?? account.Bank.Code} {account.Branch.Name ?? account.Branch.Code} {account.AccountTypeLabel} ****{account.AccountNumber[^3..]}";

    public static ChoicesMessage Registered(PublicFundsAccountView account) => new(
        $"登録されている公金受取口座は「{Masked(account)}」です。"
        + (account.Valid ? "" : "\nこの口座は金融機関の合併などにより現在は利用できません。登録し直してください。"),
        [Replies.Choice("変更する", PublicFundsAccountActions.Register), Replies.Choice("登録を削除する", PublicFundsAccountActions.Delete),
            Replies.Choice("ホーム", BotActions.Home)]);

    public static ChoicesMessage NoneRegistered { get; } = new(
        "公金受取口座は登録されていません。登録すると、給付金などの申請で口座を入力しなくてもよくなります。",
        [Replies.Choice("登録する", PublicFundsAccountActions.Register), Replies.Choice("ホーム", BotActions.Home)]);

    public static LinkMessage Page(Uri url) => new(
        "口座番号はチャットには入力せず、次の画面で入力してください（15分間有効・1回限り）。金融機関と支店は名前で検索できます。"
        + "登録が終わったら、このチャットで「公金受取口座」と送ると確認できます。",
        "口座を登録する画面を開く", url);

    public static ChoicesMessage ConfirmDelete(PublicFundsAccountView account) => new(
        $"公金受取口座「{Masked(account)}」の登録を削除しますか。給付金の受け取りには、申請のたびに口座の入力が必要になります。",
        [Replies.Choice("削除する", PublicFundsAccountActions.DeleteConfirmed), Replies.Choice("やめる", PublicFundsAccountActions.Show)]);

    public static ChoicesMessage Deleted { get; } = new(
        "公金受取口座の登録を削除しました。",
        [Replies.Choice("登録する", PublicFundsAccountActions.Register), Replies.Choice("ホーム", BotActions.Home)]);

    public static TextMessage NotTheChat { get; } = new(
        "口座番号はチャットに入力しないでください。いま送られた番号は保存していません。公金受取口座は専用の画面で登録できます。");

    public static TextMessage NotForProxy { get; } = new(
        "（代理で操作中）公金受取口座はご本人名義の口座に限られ、代理人が登録・変更・削除することはできません。ご本人がご自身のログインで操作してください。");

    public static TextMessage ProfileRequired { get; } = new(
        "公金受取口座はご本人名義の口座に限られます。先にマイナンバーカードから利用者情報（氏名）を読み取ってください。");
}
