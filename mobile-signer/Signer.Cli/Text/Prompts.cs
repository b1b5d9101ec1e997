namespace Signer.Cli.Text;

/// <summary>What the signer asks, in plain Japanese with the English below.</summary>
public static class Prompts
{
    public const string AuthenticationPin = "利用者証明用電子証明書の暗証番号（数字4桁） / User-authentication PIN (4 digits): ";
    public const string SigningPin = "署名用電子証明書の暗証番号（英数字6〜16文字） / Signing PIN (6-16 letters and digits): ";
    public const string CardInputPin = "券面事項入力補助用の暗証番号（数字4桁） / Card-info PIN (4 digits): ";
    public const string AuthenticationPinForm = "暗証番号は数字4桁です。もう一度入力してください。\nThe PIN is 4 digits.";
    public const string SigningPinForm = "暗証番号は英大文字（A〜Z）と数字の6〜16文字です。もう一度入力してください。\nThe signing PIN is 6-16 characters of A-Z and 0-9.";

    public static string LoginRequested(string client) =>
        $"{client} が、マイナンバーカードによるログインを求めています。\n{client} asks you to log in with your My Number card.";

    public static string SignatureRequested(string client) =>
        $"{client} が、マイナンバーカードによる電子署名を求めています。\n{client} asks you to sign with your My Number card.";

    public static string PrefillRequested(string client) =>
        $"{client} が、カードの券面事項（氏名・住所・生年月日・性別）の読み取りを求めています。\n{client} asks to read the name, address, date of birth and sex on your card.";

    public static string PrefillConsent(string client) =>
        $"氏名・住所・生年月日・性別を読み取り、{client} に送信します。よろしいですか？ / Send these four items to {client}?";
}
