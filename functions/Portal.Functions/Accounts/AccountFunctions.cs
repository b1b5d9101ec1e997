using Functions.Http.Preconditions;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Accounts;
using Portal.Domain.Accounts;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Accounts;

/// <summary>The signed-in resident's own account: read it, delete it.</summary>
public sealed class AccountFunctions(ResidentAuthenticator authenticator, AccountService accounts)
{
    /// <summary>What stays after deletion, and why: the resident is told before and after.</summary>
    private static readonly IReadOnlyList<KeptRecord> Kept =
    [
        new("操作履歴", "あなたの名義で行われた操作の記録（監査・法令に基づく記録の保存）として、定められた期間保存します。"),
        new("提出済みの申請", "申請は受け付けた行政機関が保有しています。取り下げなどは各機関にお問い合わせください。"),
    ];

    private static readonly IReadOnlyList<string> Deleted = ["アカウント（メールアドレス・通知設定・同意した規約の記録）", "登録された電子証明書との紐付け", "送信中の確認コード"];

    /// <summary>The account of the bearer token's subject. Also for a pending account's registration token.</summary>
    [Function("GetMe")]
    public async Task<IResult> GetMe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var stored = await accounts.GetStoredAsync(resident.PrincipalId, cancellationToken);
        request.HttpContext.Response.Headers.ETag = EntityTags.Strong(stored.ETag);
        return TypedResults.Ok(AccountViews.Me(stored.Document));
    }

    /// <summary>Deletes the account and its certificate links; 操作履歴 is kept (and says so). Later tokens get 401.</summary>
    [Function("DeleteMe")]
    public async Task<IResult> DeleteMe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "me")] HttpRequest request, CancellationToken cancellationToken)
    {
        // Also a pending account: someone who signed in once and decided not to register can leave without registering.
        var resident = await authenticator.AuthenticateAsync(request);
        var deletedAt = await accounts.DeleteAsync(resident, cancellationToken);
        return TypedResults.Ok(new AccountDeleted(deletedAt, Deleted, Kept));
    }
}
