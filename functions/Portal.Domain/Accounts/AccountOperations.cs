namespace Portal.Domain.Accounts;

/// <summary>
/// The 操作履歴 operation codes of the account feature. Stable: stored in the history and translated for display at
/// the edge. A history record never holds the e-mail address or a code, only that the operation happened.
/// </summary>
public static class AccountOperations
{
    public const string SignIn = "sign-in";
    public const string RegistrationStart = "account.registration.start";
    public const string RegistrationConfirm = "account.registration.confirm";
    public const string SettingsUpdate = "account.settings.update";
    public const string EmailChangeStart = "account.email.change.start";
    public const string EmailChange = "account.email.change";
    public const string TermsAccept = "account.terms.accept";
    public const string CertificateAddStart = "account.certificate.add.start";
    public const string CertificateAdd = "account.certificate.add";
    public const string Delete = "account.delete";
    public const string ProfileReadStart = "account.profile.read.start";
    public const string ProfileRead = "account.profile.read";
    public const string ProfileDelete = "account.profile.delete";
    public const string LookupConsentUpdate = "account.profile.lookup-consent";
}
