using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Accounts;
using Portal.Domain.Errors;
using Portal.Domain.OperationHistory;
using Portal.Domain.Proxies.Acting;
using Portal.Domain.Residents;

namespace Portal.Domain.HealthInsurance;

/// <summary>
/// マイナ保険証 of the signed-in resident: the 利用登録 (idempotent: registering again answers the registration there
/// is), its 解除, and what the resident sees (registration, qualification, whether a 資格確認書 is needed). The
/// resident's own only, never a proxy's. Each change is in 操作履歴 and confirmed by a notice.
/// </summary>
public sealed class HealthInsuranceService(
    AccountService accounts,
    HealthInsuranceRegistrationRepository registrations,
    InsuranceQualifications qualifications,
    HealthInsuranceNotices notices,
    OperationHistoryStore history,
    TimeProvider clock,
    ILogger<HealthInsuranceService>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<HealthInsuranceService>.Instance;

    public async Task<HealthInsuranceStatus> GetAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        RequireSelf(resident);
        AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
        var registration = await registrations.ReadAsync(resident.PrincipalId, cancellationToken);
        return new HealthInsuranceStatus(registration?.Document, await qualifications.CurrentAsync(resident.PrincipalId, cancellationToken));
    }

    /// <returns>The registration and whether this call made it (false: it was there already, nothing changed).</returns>
    public async Task<(HealthInsuranceRegistration Registration, bool Created)> RegisterAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        RequireSelf(resident);
        var existing = await registrations.ReadAsync(resident.PrincipalId, cancellationToken);
        if (existing is not null)
        {
            return (existing.Document, false);
        }
        var (registration, created) = await history.RecordAsync(resident, HealthInsuranceOperations.Register, _ => null, async () =>
        {
            AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
            try
            {
                var document = new HealthInsuranceRegistration { ResidentId = resident.PrincipalId, RegisteredAt = clock.GetUtcNow() };
                return ((await registrations.CreateAsync(document, cancellationToken)).Document, true);
            }
            catch (DuplicateDocumentException)
            {
                // A concurrent registration won: that one is the answer, and it told the resident.
                var won = await registrations.ReadAsync(resident.PrincipalId, cancellationToken) ?? throw new InvalidOperationException("registration vanished");
                return (won.Document, false);
            }
        }, cancellationToken);
        if (created)
        {
            await notices.TellAsync(resident.PrincipalId, HealthInsuranceEvent.Registered, registration.RegisteredAt, cancellationToken);
            _logger.LogInformation("Health insurance use registered for account {AccountId}", resident.PrincipalId);
        }
        return (registration, created);
    }

    /// <summary>解除: the card is no longer the insurance card. None registered changes nothing.</summary>
    /// <returns>Whether there was one.</returns>
    public async Task<bool> WithdrawAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        RequireSelf(resident);
        var withdrawn = await history.RecordAsync(resident, HealthInsuranceOperations.Withdraw, _ => null, async () =>
        {
            AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
            return await registrations.DeleteAsync(resident.PrincipalId, cancellationToken);
        }, cancellationToken);
        if (withdrawn)
        {
            await notices.TellAsync(resident.PrincipalId, HealthInsuranceEvent.Withdrawn, clock.GetUtcNow(), cancellationToken);
            _logger.LogInformation("Health insurance use withdrawn for account {AccountId}", resident.PrincipalId);
        }
        return withdrawn;
    }

    /// <summary>The edge refuses a proxy's delegated token already; this keeps it so for any other caller.</summary>
    private static void RequireSelf(ResidentContext resident)
    {
        if (resident.IsProxy)
        {
            throw new NotDelegatedException("healthinsurance");
        }
    }
}
