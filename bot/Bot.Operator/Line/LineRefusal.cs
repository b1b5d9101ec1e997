using System.Net;
using Bot.Operator.Cli;

namespace Bot.Operator.Line;

/// <summary>What the operator reads when LINE refuses: what failed, why in LINE's words, and what to do.</summary>
public static class LineRefusal
{
    public static string Describe(LineApiException e) => e.Status switch
    {
        HttpStatusCode.BadRequest => $"{e.Operation}を LINE が受け付けませんでした（400）: {e.LineMessage ?? "理由の説明なし"}",
        HttpStatusCode.Unauthorized =>
            $"{e.Operation}: LINE に認証されませんでした（401）。{LineApiSettings.TokenVariable} のチャネルアクセストークンを確かめてください（期限切れ・別のチャネルのもの）。",
        HttpStatusCode.Forbidden => $"{e.Operation}: このチャネルには許可されていません（403）: {e.LineMessage}",
        HttpStatusCode.NotFound => $"{e.Operation}: 見つかりません（404）。ID を bot-operator line rich-menu list で確かめてください。",
        HttpStatusCode.TooManyRequests =>
            $"{e.Operation}: LINE の利用上限に達しました（429）。{(e.RetryAfter is { } wait ? $"{Math.Ceiling(wait.TotalSeconds)}秒ほど" : "しばらく")}待ってからもう一度実行してください。",
        _ when (int)e.Status >= 500 => $"{e.Operation}: LINE 側の障害です（{(int)e.Status}）。しばらくしてからもう一度実行してください。",
        _ => $"{e.Operation}: LINE が HTTP {(int)e.Status} を返しました: {e.LineMessage}",
    };

    public static int ExitCode(LineApiException e) => e.Status switch
    {
        HttpStatusCode.NotFound => ExitCodes.NotFound,
        HttpStatusCode.TooManyRequests => ExitCodes.Unavailable,
        _ when (int)e.Status >= 500 => ExitCodes.Unavailable,
        _ => ExitCodes.Failure,
    };
}
