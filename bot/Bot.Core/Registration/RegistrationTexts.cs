using Bot.Core.Conversations;
using Bot.Core.Messages;

namespace Bot.Core.Registration;

/// <summary>What registration says (Japanese: residents read it).</summary>
public static class RegistrationTexts
{
    public const string Later = "あとで";

    public static readonly Choice LaterChoice = Replies.Choice(Later, RegistrationActions.Later);

    public static string AskEmail(bool first) => first
        ? "ログインしました。はじめてのご利用のため、利用者登録をお願いします。お知らせを受け取るメールアドレスを入力してください。"
        : "お知らせを受け取るメールアドレスを入力してください。";

    public const string EmailInvalid = "メールアドレスの形式が正しくないようです。例: taro@example.jp のように入力してください。";

    public static string Terms(string title) =>
        $"「{title}」をお読みいただき、同意いただける場合は「同意する」を選んでください。";

    public const string ReadTerms = "利用規約を読む";

    public const string CodeSent = "入力されたメールアドレスに6桁の確認コードを送りました。メールに記載の確認コードを入力してください。";

    public const string CodeFormat = "確認コードは6桁の数字です。メールに記載の確認コードを入力してください。";

    public const string CodeIncorrect = "確認コードが正しくありません。メールに記載の6桁の数字を、もう一度入力してください。";

    public const string StartOver = "お手数ですが、メールアドレスの入力からやり直してください。";

    public const string Declined = "利用規約に同意いただけない場合、利用者登録はできません。登録はいつでも、やることなどを選んでやり直せます。";

    public const string Postponed = "利用者登録を中断しました。続きは、やることなどを選ぶと、もう一度ログインしてから始められます。";

    public const string Finish = "利用者登録の手続きは受け付けました。少し時間をおいて「続ける」を選ぶと、ログインを完了して続きを行います。";

    public static readonly Choice FinishChoice = Replies.Choice("続ける", RegistrationActions.Finish);

    public const string Registered = "利用者登録が完了しました。";

    public const string LogInAgain = "ログインの有効期限が切れたため、登録を続けられませんでした。お手数ですが、もう一度メニューから選んでログインしてください。";
}
