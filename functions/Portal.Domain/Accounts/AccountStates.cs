namespace Portal.Domain.Accounts;

/// <summary>The states of an account (strings, so the stored JSON reads plainly).</summary>
public static class AccountStates
{
    /// <summary>Signed in once with a certificate the portal did not know; registration is not finished.</summary>
    public const string Pending = "pending";

    public const string Registered = "registered";
}
