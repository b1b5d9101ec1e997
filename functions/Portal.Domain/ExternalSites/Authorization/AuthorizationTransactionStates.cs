namespace Portal.Domain.ExternalSites.Authorization;

/// <summary>Where an authorization transaction is: waiting for the card login, for consent, or answered (used up).</summary>
public static class AuthorizationTransactionStates
{
    public const string Login = "login";
    public const string Consent = "consent";
    public const string Done = "done";
}
