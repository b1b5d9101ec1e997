using System.Globalization;
using Portal.Contracts.Errors;
using Portal.Domain.Applications.Agencies;
using Portal.Domain.Errors;
using Portal.Domain.Histories;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.Exchanges;

/// <summary>An agency's own exchange log, as requester and as provider, newest first: always its token's body, never one the request names.</summary>
public sealed class AgencyExchangeLogReader(AgencyExchangeLog log)
{
    public const int DefaultPageSize = 50;

    /// <exception cref="InvalidInputException">A limit outside 1–100 or a continuation that is not one of ours.</exception>
    public async Task<Page<AgencyExchangeLogEntry>> ListAsync(
        AgencyContext agency, string? limit, string? continuationToken, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var size = DefaultPageSize;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size)
            || size is < 1 or > AgencyExchangeLog.MaxPageSize))
        {
            errors.Add(new FieldError("limit", FieldErrorCodes.OutOfRange, AgencyExchangeLog.MaxPageSize));
        }
        var continuation = HistoryQueryText.Decode("continuation", continuationToken, errors);
        InvalidInputException.ThrowIfAny(errors);
        try
        {
            var page = await log.ListAsync(AgencyPartition.Of(agency), size, continuation, cancellationToken);
            return page with { ContinuationToken = page.ContinuationToken is { } next ? HistoryQueryText.Encode(next) : null };
        }
        catch (InvalidContinuationException)
        {
            throw InvalidInputException.For("continuation", FieldErrorCodes.InvalidContinuation);
        }
    }
}
