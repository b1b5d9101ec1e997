using Portal.Domain.PublicFundsAccounts;
using Portal.Domain.PublicFundsAccounts.Zengin;
using Portal.Domain.Residents;

namespace Portal.Domain.Home.Parts;

/// <summary>
/// 公金受取口座: a やること when the registered account's bank or branch is no longer in the current Zengin data (a bank
/// merger changed its code): the account can no longer be paid into until the resident changes it.
/// </summary>
public sealed class PublicFundsAccountHomePart(PublicFundsAccountRepository accounts, ZenginDirectory zengin) : IHomePart
{
    public string Name => "publicFundsAccount";

    public async Task<HomeContribution> ReadAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        var stored = await accounts.ReadAsync(resident.PrincipalId, cancellationToken);
        if (stored?.Document is not { } account || account.IsValidIn(zengin))
        {
            return new HomeContribution();
        }
        return new HomeContribution { Todo = [new HomeTodo(HomeTodoKinds.PublicFundsAccountInvalid, null, null, null, null, account.UpdatedAt)] };
    }
}
