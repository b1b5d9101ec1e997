namespace Portal.Domain.PublicFundsAccounts;

/// <summary>What a confirming notice tells.</summary>
public enum PublicFundsAccountEvent
{
    Registered,
    Changed,
    Deleted,
}
