using System.Net;
using Portal.Contracts.PublicFundsAccounts;

namespace Bot.Core.PublicFundsAccounts;

/// <summary>A registration's outcome: the account as stored, or the portal's Japanese errors (401: the login ended).</summary>
public sealed record PublicFundsAccountSaveResult(PublicFundsAccountView? Account, IReadOnlyList<PublicFundsAccountPageError> Errors, HttpStatusCode Status);
