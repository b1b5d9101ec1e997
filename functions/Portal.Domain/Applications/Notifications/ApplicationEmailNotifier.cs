using Portal.Domain.Accounts;
using Portal.Domain.Applications.Events;
using Portal.Domain.Email;
using Portal.Domain.Procedures.Serving;

namespace Portal.Domain.Applications.Notifications;

/// <summary>
/// E-mail for a status change, when the resident chose it for that application and the account has an address (the
/// address now, not at submission: a changed address is where they read mail).
/// </summary>
public sealed class ApplicationEmailNotifier(
    ApplicationRepository applications, AccountRepository accounts, EmailOutbox outbox, CatalogHost catalog) : IApplicationNotifier
{
    public string Name => "email";

    /// <exception cref="ApplicationNotFoundException">
    /// Not readable yet (another instance's write can lag behind the event): thrown so the queue retries.
    /// </exception>
    public async Task NotifyAsync(ApplicationStatusChanged change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var application = await applications.ReadAsync(change.LocalGovernmentCode, change.ReceiptNumber, cancellationToken)
            ?? throw new ApplicationNotFoundException();
        if (!application.Document.NotifyByEmail || application.Document.ResidentId != change.ResidentId)
        {
            return;
        }
        var account = await accounts.FindAsync(change.ResidentId, cancellationToken);
        if (account?.Document.Email is not { Length: > 0 } email)
        {
            return;
        }
        var procedureName = catalog.Current?.TemplatesById.GetValueOrDefault(change.ProcedureId)?.Name;
        await outbox.EnqueueAsync(ApplicationStatusEmail.Create(email, change.ReceiptNumber, procedureName, change.To), cancellationToken);
    }
}
