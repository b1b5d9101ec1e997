using Portal.Domain.Accounts;
using Portal.Domain.Errors;
using Portal.Domain.Residents;

namespace Portal.Domain.OperationHistory;

/// <summary>Runs a state-changing operation and appends its outcome to 操作履歴, refused or not.</summary>
public static class OperationRecording
{
    /// <summary>
    /// Succeeded when <paramref name="action"/> returns; Refused when it throws a <see cref="PortalException"/> the
    /// resident caused (a wrong code, a bad address); Failed otherwise, as far as the history can still be written.
    /// A token for an account that no longer exists records nothing: there is no one's history to write to.
    /// </summary>
    public static async Task<T> RecordAsync<T>(
        this OperationHistoryStore history, ResidentContext resident, string operation, Func<T, string?> target,
        Func<Task<T>> action, CancellationToken cancellationToken)
    {
        T result;
        try
        {
            result = await action();
        }
        catch (AccountNotFoundException)
        {
            throw;
        }
        catch (Exception e)
        {
            var outcome = e is PortalException and not DependencyUnavailableException ? OperationOutcome.Refused : OperationOutcome.Failed;
            try
            {
                await history.AppendAsync(resident, operation, null, outcome, CancellationToken.None);
            }
            catch (Exception) when (outcome == OperationOutcome.Failed)
            {
                // The store is what failed; the original error is the one to report.
            }
            throw;
        }
        await history.AppendAsync(resident, operation, target(result), OperationOutcome.Succeeded, cancellationToken);
        return result;
    }
}
