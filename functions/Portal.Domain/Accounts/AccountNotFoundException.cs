using Portal.Domain.Errors;

namespace Portal.Domain.Accounts;

/// <summary>No account with that id (a token for an account that no longer exists).</summary>
public sealed class AccountNotFoundException(string id) : PortalException($"There is no account '{id}'.")
{
    public string Id { get; } = id;
}
