using Functions.Http.Problems;
using Portal.Domain.Identity.Sessions;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Sessions;

/// <summary>ログイン中の端末.</summary>
public static class SessionProblems
{
    public static readonly ProblemType SessionNotFound = new("session-not-found", 404, "ログインは見つかりませんでした。");

    public static void Register(ProblemMappings problems) => problems
        .Map<SessionNotFoundException>((_, p) => p.Problem(SessionNotFound,
            "すでに終了したか、有効期限が切れたログインです。「ログイン中の端末」の一覧をもう一度確認してください。"));
}
