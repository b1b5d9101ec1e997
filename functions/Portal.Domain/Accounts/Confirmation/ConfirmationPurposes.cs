namespace Portal.Domain.Accounts.Confirmation;

/// <summary>What an e-mail confirmation code is for.</summary>
public static class ConfirmationPurposes
{
    public const string Registration = "registration";
    public const string EmailChange = "email-change";

    public static IReadOnlyList<string> All { get; } = [Registration, EmailChange];
}
