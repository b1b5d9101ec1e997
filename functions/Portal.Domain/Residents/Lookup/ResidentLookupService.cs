using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Contracts.Errors;
using Portal.Domain.Accounts;
using Portal.Domain.Applications.Agencies;
using Portal.Domain.Exchanges;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Information;
using Portal.Domain.Quotas;
using Portal.Domain.Residents.References;

namespace Portal.Domain.Residents.Lookup;

/// <summary>
/// 本人確認情報の照会 (the 住基ネット analogue): an agency sends the basic 4 items and gets its own residentRef of the
/// resident whose card profile they match, only when exactly one consenting resident does. The index only points:
/// each account it names is read and must still allow it and still hold a profile with these items. A match is put
/// on the exchange outbox (kind lookup, the portal as provider) before the agency gets the ref.
/// </summary>
public sealed class ResidentLookupService(
    LookupIndex index, LookupKeys keys, AccountRepository accounts, ResidentRefIndex refs, ExchangeRecorder recorder,
    DailyQuota daily, IOptions<ResidentLookupOptions> options, ILogger<ResidentLookupService> logger)
{
    private const int MaxLength = 200;

    /// <exception cref="InvalidInputException">An item missing or malformed (nothing is looked up or recorded).</exception>
    /// <exception cref="LookupDailyLimitExceededException">The day's lookups are used (nothing is looked up).</exception>
    /// <exception cref="LookupNotFoundException">None, several, or not consenting: not told apart.</exception>
    /// <param name="dateOfBirth">yyyy-MM-dd (西暦).</param>
    /// <param name="sex">ISO 5218, as on the card: "1", "2" or "9".</param>
    public async Task<string> LookUpAsync(
        AgencyContext agency, string? name, string? address, string? dateOfBirth, string? sex, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        Text("name", name, errors);
        Text("address", address, errors);
        var day = dateOfBirth is null ? Missing("dateOfBirth", errors) : InformationDates.Parse(dateOfBirth, "dateOfBirth", errors);
        if (sex is null)
        {
            errors.Add(new FieldError("sex", FieldErrorCodes.Required));
        }
        else if (sex is not ("1" or "2" or "9"))
        {
            errors.Add(new FieldError("sex", FieldErrorCodes.Option));
        }
        InvalidInputException.ThrowIfAny(errors);
        // Counted before the index is read, so a miss costs as much as a match: guessing items uses up the day.
        if (await daily.TakeAsync(DailyQuotaPurpose.ResidentLookups, agency.ClientId, options.Value.PerDayLimit, cancellationToken) is { } refusal)
        {
            throw new LookupDailyLimitExceededException(refusal.Limit, refusal.RetryAfter);
        }

        var key = keys.Of(name!, address!, day!.Value, sex!);
        var matches = new List<string>();
        foreach (var accountId in await index.FindAsync(key, cancellationToken))
        {
            if ((await accounts.FindAsync(accountId, cancellationToken))?.Document is { IsRegistered: true, LookupAllowedAt: not null, Profile: { } profile }
                && keys.Of(profile) == key)
            {
                matches.Add(accountId);
            }
        }
        var body = AgencyPartition.Of(agency);
        if (matches is not [var residentId])
        {
            logger.LogInformation("A lookup by {Body} matched {Count} consenting residents", body, matches.Count);
            throw new LookupNotFoundException();
        }
        var requester = await recorder.PartyAsync(agency, cancellationToken);
        var residentRef = await refs.GiveOutAsync(body, residentId, cancellationToken);
        await recorder.RecordAsync(new ExchangeSides(residentId, requester, residentRef, null, null), ExchangeKinds.Lookup,
            null, null, null, false, ExchangeOutcomes.Provided, cancellationToken);
        return residentRef;
    }

    private static void Text(string field, string? value, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, FieldErrorCodes.Required));
        }
        else if (value.Length > MaxLength)
        {
            errors.Add(new FieldError(field, FieldErrorCodes.TooLong, MaxLength));
        }
    }

    private static DateOnly? Missing(string field, List<FieldError> errors)
    {
        errors.Add(new FieldError(field, FieldErrorCodes.Required));
        return null;
    }
}
