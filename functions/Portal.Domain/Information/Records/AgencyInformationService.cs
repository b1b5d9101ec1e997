using Portal.Domain.Applications.Agencies;
using Portal.Domain.Errors;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Information.Catalogue;
using Portal.Domain.Residents.References;

namespace Portal.Domain.Information.Records;

/// <summary>
/// 副本: an agency records what it holds about a resident it knows by its own residentRef, and reads back its own.
/// The body, its kind and its refs come from the token's binding, never from the request.
/// </summary>
public sealed class AgencyInformationService(
    InformationCatalogue catalogue, InformationRecordRepository records, ResidentRefIndex refs, TimeProvider clock)
{
    /// <summary>Enough for every writer of a burst of corrections to one record to find a free version number.</summary>
    private const int MaxAttempts = 8;

    /// <exception cref="InformationCategoryNotFoundException">No such category.</exception>
    /// <exception cref="InformationCategoryNotAllowedException">This kind of body may not provide it.</exception>
    /// <exception cref="InformationResidentUnknownException">The ref is not this body's.</exception>
    public async Task<RecordedInformation> PutAsync(AgencyContext agency, string providerName, string residentRef, string categoryId,
        string recordId, InformationRecordInput input, CancellationToken cancellationToken)
    {
        var (category, body, accountId) = await ResolveAsync(agency, residentRef, categoryId, cancellationToken);
        var information = InformationRecordValidator.Validate(category, recordId, input);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var latest = await records.LatestAsync(accountId, body, category.Id, recordId, cancellationToken);
            if (latest is not null && latest.Document.SaysTheSameAs(information))
            {
                return new RecordedInformation(latest.Document, Created: false);
            }
            var now = clock.GetUtcNow();
            var version = (latest?.Document.Version ?? 0) + 1;
            try
            {
                var created = await records.CreateAsync(new InformationRecord
                {
                    Id = InformationRecord.IdOf(body, category.Id, recordId, version),
                    ResidentId = accountId, Body = body, BodyKind = BodyKinds.Of(agency.Binding), ProviderName = providerName,
                    Category = category.Id, RecordId = recordId, Version = version, ValidFrom = information.ValidFrom,
                    ValidTo = information.ValidTo, Withheld = information.Withheld, Data = information.Data, RecordedAt = now,
                }, cancellationToken);
                if (latest is not null)
                {
                    await records.MarkSupersededAsync(latest, now, cancellationToken);
                }
                return new RecordedInformation(created, Created: true);
            }
            catch (DuplicateDocumentException)
            {
                // A concurrent correction took this version number: read again and take the next, so neither is lost.
            }
        }
        throw new ConcurrencyConflictException(InformationRecord.IdOf(body, category.Id, recordId, 0));
    }

    /// <summary>Every version of this body's own records of the category about the resident, newest record and version first.</summary>
    public async Task<IReadOnlyList<InformationRecord>> ListAsync(
        AgencyContext agency, string residentRef, string categoryId, CancellationToken cancellationToken)
    {
        var (category, body, accountId) = await ResolveAsync(agency, residentRef, categoryId, cancellationToken);
        var found = await records.ListOfBodyAsync(accountId, body, category.Id, cancellationToken);
        return [.. found.OrderBy(r => r.RecordId, StringComparer.Ordinal).ThenByDescending(r => r.Version)];
    }

    private async Task<(InformationCategory Category, string Body, string AccountId)> ResolveAsync(
        AgencyContext agency, string residentRef, string categoryId, CancellationToken cancellationToken)
    {
        var category = catalogue.Find(categoryId) ?? throw new InformationCategoryNotFoundException(categoryId);
        var kind = BodyKinds.Of(agency.Binding);
        if (!category.MayBeProvidedBy(kind))
        {
            throw new InformationCategoryNotAllowedException(category.Id, kind);
        }
        var body = AgencyPartition.Of(agency);
        var accountId = await refs.ResolveAsync(body, residentRef, cancellationToken) ?? throw new InformationResidentUnknownException();
        return (category, body, accountId);
    }
}
