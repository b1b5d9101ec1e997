using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Portal.Domain.Accounts;
using Portal.Domain.Exchanges;
using Portal.Domain.HealthInsurance;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Information;
using Portal.Domain.Information.Records;
using Portal.Domain.Proxies.Appointing;
using Portal.Domain.Residents.References;
using Portal.Domain.Storage;

namespace Portal.Domain.Clinics;

/// <summary>
/// オンライン資格確認: a clinic starts a check, which is a sign card request for any card (the patient is unknown until
/// they present it); whoever completes it with their own card and PIN at the reader is the patient. The clinic learns
/// nothing else: no lookup by name, no check without the card. Decided when the clinic next reads it: the card's
/// authentication certificate names the account, which must have the 利用登録 and a qualification in effect; the
/// records of 診療・薬剤 and 特定健診 go only with the consent the card signed. Each decided check about a known resident
/// is put on the exchange outbox before the clinic gets anything, with the clinic as requester (やりとり履歴).
/// </summary>
public sealed class EligibilityCheckService(
    EligibilityCheckRepository checks,
    CardRequestService cardRequests,
    CardRequestRepository cardRequestStore,
    ClientRegistry clients,
    CertificateClaimRepository certificateClaims,
    AccountRepository accounts,
    HealthInsuranceRegistrationRepository registrations,
    InsuranceQualifications qualifications,
    InformationRecordRepository records,
    ExchangeRecorder recorder,
    ResidentRefIndex refs,
    TimeProvider clock,
    ILogger<EligibilityCheckService> logger)
{
    public const string CardRequestKind = "eligibility-check";

    public const string MedicationCategory = "medical-treatment";

    public const string HealthCheckupCategory = "health-checkups";

    /// <summary>How far back the consented records go: the five years a clinic's 薬剤情報 view covers.</summary>
    public const int RecordYears = 5;

    /// <exception cref="InvalidAccessTokenException">The clinic's client is no longer registered.</exception>
    public async Task<StartedEligibilityCheck> StartAsync(ClinicContext clinic, CancellationToken cancellationToken)
    {
        var client = await clients.FindAsync(clinic.ClientId, cancellationToken);
        if (client is not { IsClinic: true })
        {
            throw new InvalidAccessTokenException("the clinic is no longer registered");
        }
        var checkId = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        var card = await cardRequests.CreateSignForAnyCardWithConsentAsync(
            new NewCardRequest(ClinicWords.Portal, ClinicWords.Description(client.Name), new RequestingClient(clinic.ClientId),
                new CardRequestContext(CardRequestKind, checkId)),
            EligibilityCheckDocument.DigestOf(checkId, clinic.MedicalInstitutionCode, consent: false),
            EligibilityCheckDocument.DigestOf(checkId, clinic.MedicalInstitutionCode, consent: true),
            new Contracts.CardRequests.CardRequestSigning(ClinicWords.Procedure, client.Name, ClinicWords.Summary(client.Name), ClinicWords.ConsentQuestion),
            cancellationToken);
        var check = new EligibilityCheck
        {
            Id = EligibilityCheck.IdOf(checkId),
            ClinicClientId = clinic.ClientId,
            MedicalInstitutionCode = clinic.MedicalInstitutionCode,
            ClinicName = client.Name,
            CardRequestId = card.Id,
            CreatedAt = card.Request.CreatedAt,
            ExpiresAt = card.ExpiresAt,
        };
        await checks.CreateAsync(check, cancellationToken);
        logger.LogInformation("Clinic {ClientId} started eligibility check {CheckId}", clinic.ClientId, checkId);
        return new StartedEligibilityCheck(check, card);
    }

    /// <summary>The check as it now is, decided first if its card request was answered or ran out.</summary>
    /// <exception cref="EligibilityCheckNotFoundException">Unknown, or another clinic's.</exception>
    public async Task<EligibilityCheck> GetAsync(ClinicContext clinic, string checkId, CancellationToken cancellationToken)
    {
        var stored = ClinicIdentifiers.IsCheckId(checkId) ? await checks.ReadAsync(checkId, cancellationToken) : null;
        if (stored is null || stored.Document.ClinicClientId != clinic.ClientId)
        {
            throw new EligibilityCheckNotFoundException();
        }
        if (stored.Document.State != EligibilityCheckStates.Pending)
        {
            return stored.Document;
        }
        var decided = await DecideAsync(stored.Document, cancellationToken);
        if (decided is null)
        {
            return stored.Document;
        }
        // Of two readers deciding at once one write wins; the other answers what was written.
        var written = await checks.TryReplaceAsync(decided, stored.ETag, cancellationToken);
        if (written is null)
        {
            return (await checks.ReadAsync(checkId, cancellationToken))?.Document ?? decided;
        }
        logger.LogInformation("Eligibility check {CheckId} {State} ({Refusal})", checkId, decided.State, decided.Refusal ?? "provided");
        return written.Document;
    }

    /// <returns>The decided check, or null while the card request is still open.</returns>
    private async Task<EligibilityCheck?> DecideAsync(EligibilityCheck check, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var request = RandomTokens.IsRequestId(check.CardRequestId)
            ? (await cardRequestStore.FindAsync(check.CardRequestId, cancellationToken))?.Document
            : null;
        if (request?.Outcome is { Signature: not null, Certificate: not null } outcome)
        {
            return await AnsweredAsync(check, outcome, cancellationToken);
        }
        if (request is null || request.IsUsed || request.IsExpiredAt(now) || now >= check.ExpiresAt)
        {
            return Refused(check, EligibilityRefusals.Expired, now);
        }
        return null;
    }

    private async Task<EligibilityCheck> AnsweredAsync(EligibilityCheck check, CardRequestOutcome outcome, CancellationToken cancellationToken)
    {
        var at = outcome.CompletedAt;
        var account = await PatientAsync(outcome, cancellationToken);
        if (account is null)
        {
            // No portal account holds the card: nobody's やりとり履歴 to write to, and nothing to tell the clinic.
            return Refused(check, EligibilityRefusals.NotRegistered, at);
        }
        var refusal = await registrations.ReadAsync(account.Id, cancellationToken) is null ? EligibilityRefusals.NotRegistered : null;
        var qualification = refusal is null ? await qualifications.CurrentAsync(account.Id, cancellationToken) : null;
        refusal ??= qualification is null ? EligibilityRefusals.NoQualification : null;
        if (refusal is not null || qualification is null)
        {
            await RecordAsync(check, account.Id, consented: false, ExchangeOutcomes.Refused, cancellationToken);
            return Refused(check, refusal!, at);
        }
        var (name, born) = SigningCertificateHolder.TryRead(Convert.FromBase64String(outcome.Certificate!), out var holder)
            ? (holder.Name, holder.DateOfBirth)
            : (account.Profile?.Name ?? "", account.Profile?.DateOfBirth ?? default);
        var consented = outcome.Consented;
        var result = new EligibilityResult(qualification, name, born,
            consented ? await RecordsAsync(account.Id, MedicationCategory, cancellationToken) : null,
            consented ? await RecordsAsync(account.Id, HealthCheckupCategory, cancellationToken) : null);
        await RecordAsync(check, account.Id, consented, ExchangeOutcomes.Provided, cancellationToken);
        return check with
        {
            State = EligibilityCheckStates.Completed,
            DecidedAt = at,
            Consented = consented,
            Result = result,
            Signature = outcome.Signature,
        };
    }

    /// <summary>The registered account whose card answered: its authentication certificate is one the account signs in with.</summary>
    private async Task<Account?> PatientAsync(CardRequestOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.AuthenticationIssuer is not { } issuer || outcome.AuthenticationSerialNumber is not { } serial
            || await certificateClaims.FindAsync(issuer, serial, cancellationToken) is not { } claim)
        {
            return null;
        }
        var account = (await accounts.FindAsync(claim.AccountId, cancellationToken))?.Document;
        return account is { IsRegistered: true } && account.Certificates.Any(c => c.Is(issuer, serial)) ? account : null;
    }

    private async Task<IReadOnlyList<ProvidedRecord>> RecordsAsync(string accountId, string category, CancellationToken cancellationToken)
    {
        var today = InformationDates.TodayInJapan(clock);
        var found = await records.CurrentAsync(accountId, category, today.AddYears(-RecordYears), today, cancellationToken);
        return [.. found.Where(r => !r.Withheld)
            .GroupBy(r => (r.Body, r.RecordId)).Select(g => g.MaxBy(r => r.Version)!)
            .OrderByDescending(r => r.ValidFrom)
            .Select(r => new ProvidedRecord(r.ProviderName, r.ValidFrom, r.ValidTo, r.Data))];
    }

    /// <summary>The patient's やりとり履歴: the clinic asked; what went out (the qualification, and the records when consented).</summary>
    private async Task RecordAsync(EligibilityCheck check, string accountId, bool consented, string outcome, CancellationToken cancellationToken)
    {
        var clinic = PartyOf(check);
        var clinicRef = await refs.GiveOutAsync(clinic.Body, accountId, cancellationToken);
        await recorder.RecordAsync(new ExchangeSides(accountId, clinic, clinicRef, null, null), ExchangeKinds.EligibilityCheck,
            InsuranceQualifications.Category, null, consented ? EligibilityTargets.WithRecords : EligibilityTargets.QualificationOnly,
            withheld: false, outcome, cancellationToken);
    }

    /// <summary>
    /// The clinic as requester: <c>clinic-{医療機関コード}</c> (as an insurer is <c>insurer-{保険者番号}</c>), its own log
    /// partition apart from every agency's, the same for each client the institution is registered with.
    /// </summary>
    public static ExchangeParty PartyOf(EligibilityCheck check) => new("clinic-" + check.MedicalInstitutionCode, check.ClinicName);

    private static EligibilityCheck Refused(EligibilityCheck check, string refusal, DateTimeOffset at) =>
        check with { State = EligibilityCheckStates.Refused, Refusal = refusal, DecidedAt = at };
}
