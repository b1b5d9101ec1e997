using Microsoft.AspNetCore.Http;
using Portal.Domain.ExternalSites.Authorization;

namespace Portal.Functions.ExternalSites;

/// <summary>The authorization page's refusals as the resident reads them: status, title, what to do.</summary>
public static class AuthorizationRefusals
{
    public static (int Status, string Title, string Message) PageOf(AuthorizationRefusal refusal) => refusal switch
    {
        AuthorizationRefusal.UnknownRequest => (StatusCodes.Status400BadRequest, "ログインを始められません",
            "このリンクは無効か、有効期限が切れているか、すでに使われています。ログインしようとしたサイトに戻り、最初からやり直してください。"),
        AuthorizationRefusal.NoTransaction => (StatusCodes.Status400BadRequest, "ログインの手続きが見つかりません",
            "手続きの有効期限が切れたか、別のブラウザーで始められた手続きです。ログインしようとしたサイトに戻り、最初からやり直してください。"),
        AuthorizationRefusal.Answered => (StatusCodes.Status410Gone, "この手続きは完了しています",
            "この手続きはすでにサイトへ回答済みです。続けるには、ログインしようとしたサイトで最初からやり直してください。"),
        AuthorizationRefusal.FormToken => (StatusCodes.Status403Forbidden, "操作を受け付けられません",
            "この画面からの操作として確認できませんでした。ログインしようとしたサイトに戻り、最初からやり直してください。"),
        _ => (StatusCodes.Status409Conflict, "この操作はまだできません",
            "手続きの順番が正しくありません。ページを再読み込みしてください。"),
    };
}
