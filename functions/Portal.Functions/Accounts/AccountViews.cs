using Portal.Contracts.Accounts;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Confirmation;

namespace Portal.Functions.Accounts;

/// <summary>Domain accounts to wire shapes.</summary>
internal static class AccountViews
{
    public static MeResponse Me(Account account) => new(
        account.Id, account.State, account.CreatedAt,
        account.Email,
        account.IsRegistered ? account.NotificationsEnabled : null,
        account.AcceptedTerms is { } terms ? new AcceptedTermsView(terms.Version, terms.AcceptedAt) : null,
        account.Certificates.Count,
        account.RegisteredAt);

    public static ConfirmationCodeSent Sent(EmailConfirmation confirmation) => new(confirmation.ExpiresAt, EmailConfirmation.MaxAttempts);

    public static CertificateView Certificate(AccountCertificate certificate) =>
        new(certificate.Issuer, certificate.SerialNumber, certificate.AddedAt);
}
