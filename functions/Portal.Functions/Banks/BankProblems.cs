using Functions.Http.Problems;
using Portal.Domain.PublicFundsAccounts.Lookup;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Banks;

/// <summary>The bank look-up: an unknown bank code, a search text too long to be a name.</summary>
public static class BankProblems
{
    public static readonly ProblemType BankNotFound = new("bank-not-found", 404, "指定された金融機関は見つかりませんでした。");
    public static readonly ProblemType InvalidBankQuery = new("invalid-bank-query", 400, "検索条件に誤りがあります。");

    public static void Register(ProblemMappings problems) => problems
        .Map<UnknownBankException>((e, p) => p.Problem(BankNotFound, "金融機関名で検索して、一覧からお選びください。", ("bankCode", e.BankCode)))
        .Map<BankQueryException>((_, p) => p.Problem(InvalidBankQuery,
            $"金融機関名・支店名は{BankQuery.MaxLength}文字以内で入力してください。"));
}
