using Portal.Contracts.CardRequests;

namespace Signer.Cli.Text;

/// <summary>What the signer asks, in plain Japanese with the English below.</summary>
public static class Prompts
{
    public const string AuthenticationPin = "利用者証明用電子証明書の暗証番号（数字4桁） / User-authentication PIN (4 digits): ";
    public const string SigningPin = "署名用電子証明書の暗証番号（英数字6〜16文字） / Signing PIN (6-16 letters and digits): ";
    public const string CardInputPin = "券面事項入力補助用の暗証番号（数字4桁） / Card-info PIN (4 digits): ";
    public const string AuthenticationPinForm = "暗証番号は数字4桁です。もう一度入力してください。\nThe PIN is 4 digits.";
    public const string SigningPinForm = "暗証番号は英大文字（A〜Z）と数字の6〜16文字です。もう一度入力してください。\nThe signing PIN is 6-16 characters of A-Z and 0-9.";

    public const string Code =
        "操作を始めた画面（チャットなど）に表示されたコードを入力してください / The code shown where you started (XXXX-XXXX): ";

    /// <summary>
    /// Who asks, from which device, when and what for: shown before any code or PIN, so a request someone else started
    /// and sent as a link shows a client, a device or a time the resident does not recognise.
    /// </summary>
    public static string Requested(CardRequestView request)
    {
        var text = new System.Text.StringBuilder()
            .AppendLine(request.Purpose switch
            {
                CardRequestPurposes.Login => LoginRequested(request.ClientName),
                CardRequestPurposes.Sign => SignatureRequested(request.ClientName),
                _ => PrefillRequested(request.ClientName),
            })
            .AppendLine($"  内容 / For:              {request.Description}")
            .AppendLine($"  依頼元 / Requested by:   {request.Requester.ClientName}")
            .AppendLine($"  開始した端末 / Device:   {DeviceKindLabels.Of(request.Requester.DeviceKind)}")
            .AppendLine($"  開始時刻 / Started at:   {Japan(request.Requester.RequestedAt)}");
        if (request.Signing is { } signing)
        {
            text.AppendLine($"  手続 / Procedure:        {signing.Procedure}")
                .AppendLine($"  提出先 / Submitted to:   {signing.ReceivingBody}")
                .AppendLine($"  署名する内容 / Signing:  {signing.Summary}");
        }
        return text.Append("ご自身で始めた操作でない場合は、ここで中止してください（Enter のみ）。\nIf you did not start this yourself, stop here (press Enter).").ToString();
    }

    /// <summary>The request's own yes/no question (e.g. 薬剤情報・特定健診情報の提供に同意する); Enter alone is no.</summary>
    public static string Consent(string question) =>
        $"{question}（同意しない場合は Enter のみ） / Do you agree? (Enter alone: no)";

    private static string Japan(DateTimeOffset time) =>
        time.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy年M月d日 H時mm分ss秒（日本時間）", System.Globalization.CultureInfo.InvariantCulture);

    public static string LoginRequested(string client) =>
        $"{client} が、マイナンバーカードによるログインを求めています。\n{client} asks you to log in with your My Number card.";

    public static string SignatureRequested(string client) =>
        $"{client} が、マイナンバーカードによる電子署名を求めています。\n{client} asks you to sign with your My Number card.";

    public static string PrefillRequested(string client) =>
        $"{client} が、カードの券面事項（氏名・住所・生年月日・性別）の読み取りを求めています。\n{client} asks to read the name, address, date of birth and sex on your card.";

    public static string PrefillConsent(string client) =>
        $"氏名・住所・生年月日・性別を読み取り、{client} に送信します。よろしいですか？ / Send these four items to {client}?";
}
