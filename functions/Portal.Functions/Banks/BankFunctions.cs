using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Banks;
using Portal.Domain.PublicFundsAccounts.Lookup;

namespace Portal.Functions.Banks;

/// <summary>Finding a bank and branch by name for 公金受取口座: public reference data, anonymous and cacheable.</summary>
public sealed class BankFunctions(BankLookup lookup)
{
    public const string CacheControl = "public, max-age=3600";

    [Function("FindBanks")]
    public IResult FindBanks([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "banks")] HttpRequest request)
    {
        var banks = lookup.FindBanks(request.Query["q"]);
        request.HttpContext.Response.Headers.CacheControl = CacheControl;
        return TypedResults.Ok(new BankList([.. banks.Select(b => new BankView(b.Code, b.Name, b.Kana))]));
    }

    [Function("FindBranches")]
    public IResult FindBranches(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "banks/{bankCode}/branches")] HttpRequest request, string bankCode)
    {
        var (bank, branches) = lookup.FindBranches(bankCode, request.Query["q"]);
        request.HttpContext.Response.Headers.CacheControl = CacheControl;
        return TypedResults.Ok(new BranchList(new BankView(bank.Code, bank.Name, bank.Kana),
            [.. branches.Select(b => new BranchView(b.Code, b.Name, b.Kana))]));
    }
}
