using Portal.Contracts.Errors;
using Portal.Domain.Applications.Agencies;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Information;
using Portal.Domain.Information.Catalogue;
using Portal.Domain.Information.Records;
using Portal.Domain.Residents;
using Portal.Domain.Residents.References;

namespace Portal.Domain.Exchanges.Purposes;

/// <summary>
/// 情報照会・提供 (the 情報提供ネットワークシステム's part): an agency asks for a resident's records of a category held by
/// other bodies, for a task the allowed-purpose table lets its kind of body ask for. The portal maps the requester's
/// ref to the resident and on to each provider's own ref, answers the current records valid on the day asked, and
/// records one exchange per provider (both agencies' logs and the resident's history) before answering. A purpose
/// the table does not allow is refused and recorded as refused.
/// </summary>
public sealed class AgencyExchangeService(
    InformationCatalogue catalogue, ExchangePurposeTable purposes, ResidentRefIndex refs, InformationRecordRepository records,
    ExchangeRecorder recorder, TimeProvider clock)
{
    /// <exception cref="InvalidInputException">No purpose, a bad day (nothing is recorded).</exception>
    /// <exception cref="InformationCategoryNotFoundException">No such category (nothing is recorded).</exception>
    /// <exception cref="InformationResidentUnknownException">The ref is not this body's (nothing is recorded: whose would it be).</exception>
    /// <exception cref="ExchangePurposeNotAllowedException">The table does not allow it (recorded as refused).</exception>
    public async Task<ExchangeAnswer> ExchangeAsync(
        AgencyContext agency, string? residentRef, string? category, string? purpose, string? asOf, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(residentRef))
        {
            errors.Add(new FieldError("residentRef", FieldErrorCodes.Required));
        }
        if (string.IsNullOrWhiteSpace(category))
        {
            errors.Add(new FieldError("category", FieldErrorCodes.Required));
        }
        if (string.IsNullOrWhiteSpace(purpose))
        {
            errors.Add(new FieldError("purpose", FieldErrorCodes.Required));
        }
        var day = asOf is null ? InformationDates.TodayInJapan(clock) : InformationDates.Parse(asOf, "asOf", errors);
        InvalidInputException.ThrowIfAny(errors);
        _ = catalogue.Find(category) ?? throw new InformationCategoryNotFoundException(category!);
        var body = AgencyPartition.Of(agency);
        var residentId = await refs.ResolveAsync(body, residentRef, cancellationToken) ?? throw new InformationResidentUnknownException();
        var requester = await recorder.PartyAsync(agency, cancellationToken);

        if (purposes.Find(BodyKinds.Of(agency.Binding), category!, purpose!) is not { } allowed)
        {
            await recorder.RecordAsync(new ExchangeSides(residentId, requester, residentRef!, null, null), ExchangeKinds.Exchange,
                category, purpose, null, false, ExchangeOutcomes.Refused, cancellationToken);
            throw new ExchangePurposeNotAllowedException(category!, purpose!);
        }

        // The requester's own records are not an exchange: it asks what other bodies hold.
        var providers = (await records.CurrentAsync(residentId, category, day!.Value, day.Value, cancellationToken))
            .Where(r => r.Body != body)
            .GroupBy(r => r.Body)
            .Select(g => new ExchangedRecords(new ExchangeParty(g.Key, g.First().ProviderName),
                [.. g.OrderBy(r => r.RecordId, StringComparer.Ordinal).Select(r => r.Withheld ? r with { Data = null } : r)]))
            .ToList();
        foreach (var provider in providers)
        {
            var providerRef = await refs.GiveOutAsync(provider.Provider.Body, residentId, cancellationToken);
            await recorder.RecordAsync(new ExchangeSides(residentId, requester, residentRef!, provider.Provider, providerRef),
                ExchangeKinds.Exchange, category, purpose, null, provider.Records.Any(r => r.Withheld), ExchangeOutcomes.Provided,
                cancellationToken);
        }
        if (providers.Count == 0)
        {
            // Asked and answered "nothing held": still an exchange the resident sees.
            await recorder.RecordAsync(new ExchangeSides(residentId, requester, residentRef!, null, null), ExchangeKinds.Exchange,
                category, purpose, null, false, ExchangeOutcomes.Provided, cancellationToken);
        }
        return new ExchangeAnswer(allowed, day!.Value, providers);
    }
}
