using Portal.Contracts.Errors;
using Portal.Domain.Residents;
using Portal.Domain.Applications.Agencies;
using Portal.Domain.Exchanges;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Information;
using Portal.Domain.Information.Catalogue;
using Portal.Domain.PublicFundsAccounts.Zengin;
using Portal.Domain.Residents.References;

namespace Portal.Domain.PublicFundsAccounts.Payments;

/// <summary>
/// 公金受取口座の利用: a paying agency reads a resident's registered account, by its own residentRef, for a payment the
/// payment-purposes table lets its kind of body make. Every read — answered, refused, or answered "none registered" —
/// is put in the resident's やりとり履歴 before the agency hears anything, so the resident sees who asked and why.
/// </summary>
public sealed class AgencyPaymentAccountService(
    PaymentPurposeTable purposes, ResidentRefIndex refs, PublicFundsAccountRepository accounts, ZenginDirectory directory,
    ExchangeRecorder recorder)
{
    /// <summary>The category the reads are recorded under (わたしの情報 15).</summary>
    public const string Category = "public-funds-account";

    /// <exception cref="InvalidInputException">No purpose (nothing is recorded).</exception>
    /// <exception cref="InformationResidentUnknownException">The ref is not this body's (nothing is recorded: whose would it be).</exception>
    /// <exception cref="PaymentPurposeNotAllowedException">Not in the table for this kind of body (recorded as refused).</exception>
    /// <exception cref="PaymentAccountNotRegisteredException">None registered (recorded: the resident sees the agency asked).</exception>
    public async Task<PaymentAccount> ReadAsync(AgencyContext agency, string residentRef, string? purpose, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(purpose))
        {
            throw new InvalidInputException([new FieldError("purpose", FieldErrorCodes.Required)]);
        }
        var residentId = await refs.ResolveAsync(AgencyPartition.Of(agency), residentRef, cancellationToken)
            ?? throw new InformationResidentUnknownException();
        var sides = new ExchangeSides(residentId, await recorder.PartyAsync(agency, cancellationToken), residentRef, null, null);
        if (purposes.Find(BodyKinds.Of(agency.Binding), purpose) is not { } allowed)
        {
            await RecordAsync(sides, purpose, ExchangeOutcomes.Refused, cancellationToken);
            throw new PaymentPurposeNotAllowedException(purpose);
        }
        var stored = await accounts.ReadAsync(residentId, cancellationToken);
        // Asked and answered, account or none: either way an exchange the resident sees.
        await RecordAsync(sides, purpose, ExchangeOutcomes.Provided, cancellationToken);
        if (stored?.Document is not { } account)
        {
            throw new PaymentAccountNotRegisteredException();
        }
        var bank = directory.FindBank(account.BankCode);
        var branch = directory.FindBranch(account.BankCode, account.BranchCode);
        return new PaymentAccount(allowed, account.BankCode, bank, account.BranchCode, branch, account.AccountType, account.AccountNumber,
            account.HolderKana, account.IsValidIn(directory));
    }

    private Task RecordAsync(ExchangeSides sides, string purpose, string outcome, CancellationToken cancellationToken) =>
        recorder.RecordAsync(sides, ExchangeKinds.PaymentAccountRead, Category, purpose, null, false, outcome, cancellationToken);
}
