using Portal.Contracts.Errors;
using Portal.Domain.Applications.Status;
using Portal.Domain.Errors;
using Portal.Domain.OperationHistory;
using Portal.Domain.Privacy;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.Applications.Residents;

/// <summary>
/// 申請状況 from the resident's side: their own applications across every receiving body, one in detail, and 取下げ.
/// Another resident's application is not found, exactly like one that does not exist.
/// </summary>
public sealed class ResidentApplicationService(
    ApplicationRepository repository,
    IResidentApplicationLocator locator,
    ApplicationStatusChanger changer,
    OperationHistoryStore history)
{
    public const int MaxCommentLength = 1000;

    /// <summary>The principal's applications, newest first, one page at a time (a cross-partition query by resident).</summary>
    /// <exception cref="InvalidInputException">A limit outside 1–100 or a continuation that is not one of ours.</exception>
    public async Task<Page<Application>> ListAsync(
        ResidentContext resident, string? limit, string? continuation, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var size = ApplicationPaging.Limit(limit, errors);
        var token = ApplicationPaging.Continuation(continuation, errors);
        InvalidInputException.ThrowIfAny(errors);
        try
        {
            var page = await repository.ListOfResidentAsync(resident.PrincipalId, size, token, cancellationToken);
            return page with { ContinuationToken = ApplicationPaging.Encode(page.ContinuationToken) };
        }
        catch (InvalidContinuationException)
        {
            throw InvalidInputException.For("continuation", FieldErrorCodes.InvalidContinuation);
        }
    }

    /// <exception cref="ApplicationNotFoundException">Not one of the principal's applications.</exception>
    public async Task<Stored<Application>> GetAsync(ResidentContext resident, string receiptNumber, CancellationToken cancellationToken)
    {
        receiptNumber = ReceiptNumberInput.Normalize(receiptNumber);
        var body = await locator.FindAsync(resident.PrincipalId, receiptNumber, cancellationToken) ?? throw new ApplicationNotFoundException();
        var stored = await repository.ReadAsync(body, receiptNumber, cancellationToken);
        return stored is not null && stored.Document.ResidentId == resident.PrincipalId ? stored : throw new ApplicationNotFoundException();
    }

    /// <summary>取下げ: allowed until the agency's final decision, recorded in 操作履歴 either way.</summary>
    /// <exception cref="ApplicationNotFoundException">Not one of the principal's applications.</exception>
    /// <exception cref="StatusTransitionRefusedException">Already completed, rejected or withdrawn.</exception>
    /// <exception cref="Errors.ConcurrencyConflictException"><paramref name="ifMatch"/> is stale.</exception>
    /// <exception cref="InvalidInputException">The comment is too long.</exception>
    /// <exception cref="IndividualNumberRefusedException">The comment contains an individual number.</exception>
    public Task<Stored<Application>> WithdrawAsync(
        ResidentContext resident, string receiptNumber, string? comment, string? ifMatch, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, ApplicationOperations.Withdraw, stored => stored.Document.Id, async () =>
        {
            var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
            if (text is { Length: > MaxCommentLength })
            {
                throw InvalidInputException.For("comment", FieldErrorCodes.TooLong, MaxCommentLength);
            }
            // The comment is kept in the history both sides read: no place for an individual number.
            IndividualNumberGuard.EnsureNone(text, "comment");
            var number = ReceiptNumberInput.Normalize(receiptNumber);
            var body = await locator.FindAsync(resident.PrincipalId, number, cancellationToken)
                ?? throw new ApplicationNotFoundException();
            return await changer.ChangeAsync(body, number, a => a.ResidentId == resident.PrincipalId,
                ApplicationStatus.Withdrawn, StatusActor.Resident, text, ifMatch, cancellationToken);
        }, cancellationToken);
}
