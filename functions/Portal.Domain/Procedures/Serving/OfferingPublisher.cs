using Microsoft.Extensions.Logging;
using Portal.Contracts.Errors;
using Portal.Domain.Errors;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.LocalGovernments;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Storage;
using Portal.Domain.Procedures.Templates;
using Portal.Domain.Storage;

namespace Portal.Domain.Procedures.Serving;

/// <summary>
/// An agency publishing its own offerings. The set is ALWAYS the one of the token's own body: nothing the agency sends
/// names a body, so no route can reach another body's set. Writes are conditional on the set's ETag; without
/// If-Match a concurrent write is re-read and this change applied over it.
/// </summary>
public sealed class OfferingPublisher(
    ProcedureCatalogRepository repository, CatalogHost catalog, TimeProvider clock, ILogger<OfferingPublisher> logger)
{
    public const int MaxPageUrlLength = 500;
    public const int MaxContactLength = 200;
    public const int MaxNoteLength = 500;
    private const int Attempts = 3;

    private static readonly string[] MethodOrder = [ApplicationMethods.Online, ApplicationMethods.Mail, ApplicationMethods.Counter];

    /// <param name="clientName">The registered client's name: a national agency's body name when the catalog does not know it.</param>
    /// <exception cref="PublishingRefusedException">A designated city's ward, or a code not in the directory.</exception>
    public PublishingBody BodyOf(AgencyContext agency, string clientName)
    {
        if (agency.Binding.NationalAgencyId is { } agencyId)
        {
            return new PublishingBody(OfferingSet.NationalKey(agencyId), NationalAgencies.Find(agencyId)?.Name ?? clientName,
                ProcessingLevels.National, agencyId);
        }
        var localGovernment = catalog.LocalGovernments.Find(agency.Binding.LocalGovernmentCode)
            ?? throw new PublishingRefusedException(PublishingRefusals.UnknownBody);
        return localGovernment.Kind switch
        {
            LocalGovernmentKinds.Ward => throw new PublishingRefusedException(PublishingRefusals.Ward),
            LocalGovernmentKinds.Prefecture => new PublishingBody(localGovernment.Code, localGovernment.Name, ProcessingLevels.Prefecture, null),
            _ => new PublishingBody(localGovernment.Code, localGovernment.Name, ProcessingLevels.Municipality, null),
        };
    }

    /// <returns>The body and its set (null when it has published nothing yet).</returns>
    public async Task<(PublishingBody Body, Stored<OfferingSet>? Set)> GetAsync(
        AgencyContext agency, string clientName, CancellationToken cancellationToken)
    {
        var body = BodyOf(agency, clientName);
        return (body, await repository.ReadSetAsync(body.Key, cancellationToken));
    }

    /// <summary>Adds or replaces the body's offering of <paramref name="procedureId"/>.</summary>
    /// <exception cref="ProcedureNotFoundException">No such procedure.</exception>
    /// <exception cref="OfferingRejectedException">The offering does not fit the procedure or this body.</exception>
    /// <exception cref="OfferingConflictException">If-Match is not the current ETag.</exception>
    public async Task<Stored<OfferingSet>> PublishAsync(AgencyContext agency, string clientName, string procedureId,
        OfferingChange change, string? ifMatch, CancellationToken cancellationToken)
    {
        var body = BodyOf(agency, clientName);
        var template = await TemplateAsync(procedureId, cancellationToken);
        var offering = Validate(body, template, change);
        var stored = await ChangeAsync(agency, body, ifMatch, offerings =>
            [.. offerings.Where(o => o.ProcedureId != procedureId).Append(offering).OrderBy(o => o.ProcedureId, StringComparer.Ordinal)],
            cancellationToken);
        logger.LogInformation("Offering {ProcedureId} published by {ClientId} for {Body}", procedureId, agency.ClientId, body.Key);
        return stored;
    }

    /// <summary>Removes the body's offering of <paramref name="procedureId"/>.</summary>
    /// <exception cref="OfferingNotFoundException">The body does not offer it.</exception>
    public async Task<Stored<OfferingSet>> WithdrawAsync(
        AgencyContext agency, string clientName, string procedureId, string? ifMatch, CancellationToken cancellationToken)
    {
        var body = BodyOf(agency, clientName);
        var stored = await ChangeAsync(agency, body, ifMatch, offerings =>
            offerings.Any(o => o.ProcedureId == procedureId)
                ? [.. offerings.Where(o => o.ProcedureId != procedureId)]
                : throw new OfferingNotFoundException(procedureId),
            cancellationToken);
        logger.LogInformation("Offering {ProcedureId} withdrawn by {ClientId} for {Body}", procedureId, agency.ClientId, body.Key);
        return stored;
    }

    private async Task<Stored<OfferingSet>> ChangeAsync(AgencyContext agency, PublishingBody body, string? ifMatch,
        Func<IReadOnlyList<Offering>, IReadOnlyList<Offering>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await repository.ReadSetAsync(body.Key, cancellationToken);
            if (ifMatch is not null && !SameTag(ifMatch, current?.ETag))
            {
                throw new OfferingConflictException(body.Key, current);
            }
            var updated = new OfferingSet
            {
                Id = body.Key,
                BodyName = current?.Document.BodyName ?? body.Name,
                Offerings = change(current?.Document.Offerings ?? []),
                UpdatedAt = clock.GetUtcNow(),
                UpdatedBy = agency.ClientId,
            };
            try
            {
                return current is null
                    ? await repository.CreateSetAsync(updated, cancellationToken)
                    : await repository.ReplaceSetAsync(updated, current.ETag, cancellationToken);
            }
            catch (Exception e) when (e is ConcurrencyConflictException or DuplicateDocumentException)
            {
                // Someone wrote between our read and write: with If-Match that is the agency's conflict to resolve;
                // without it, apply this change over theirs.
                if (ifMatch is not null || attempt == Attempts)
                {
                    throw new OfferingConflictException(body.Key, await repository.ReadSetAsync(body.Key, cancellationToken));
                }
            }
        }
    }

    private async Task<ProcedureTemplate> TemplateAsync(string procedureId, CancellationToken cancellationToken)
    {
        var state = await catalog.GetAsync(cancellationToken);
        if (state.TemplatesById.TryGetValue(procedureId, out var template))
        {
            return template;
        }
        // A template seeded after the last refresh is still a known procedure.
        return (await repository.ReadTemplateAsync(procedureId, cancellationToken))?.Document
            ?? throw new ProcedureNotFoundException(procedureId);
    }

    private static Offering Validate(PublishingBody body, ProcedureTemplate template, OfferingChange change)
    {
        var errors = new List<OfferingFieldError>();
        if (template.Level != body.Level
            || (body.Level == ProcessingLevels.National && template.NationalAgencyId != body.NationalAgencyId))
        {
            errors.Add(new OfferingFieldError("procedureId", FieldErrorCodes.WrongLevel));
        }

        var methods = change.Methods ?? [];
        if (methods.Count == 0)
        {
            errors.Add(new OfferingFieldError("methods", FieldErrorCodes.Required));
        }
        foreach (var method in methods)
        {
            if (!MethodOrder.Contains(method))
            {
                errors.Add(new OfferingFieldError("methods", FieldErrorCodes.UnknownMethod, Value: method is { Length: > 20 } ? method[..20] : method));
            }
        }
        if (methods.Count != methods.Distinct(StringComparer.Ordinal).Count())
        {
            errors.Add(new OfferingFieldError("methods", FieldErrorCodes.DuplicateMethod));
        }
        if (methods.Contains(ApplicationMethods.Online) && !template.OnlineCapable)
        {
            errors.Add(new OfferingFieldError("methods", FieldErrorCodes.NotOnlineCapable, Value: ApplicationMethods.Online));
        }

        var pageUrl = Text(change.PageUrl, "pageUrl", MaxPageUrlLength, errors);
        if (pageUrl is not null && !(Uri.TryCreate(pageUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            errors.Add(new OfferingFieldError("pageUrl", FieldErrorCodes.HttpsRequired));
        }
        var contact = Text(change.Contact, "contact", MaxContactLength, errors);
        var note = Text(change.Note, "note", MaxNoteLength, errors);

        if (errors.Count > 0)
        {
            throw new OfferingRejectedException(errors);
        }
        return new Offering(template.Id, [.. MethodOrder.Where(methods.Contains)], pageUrl, contact, note);
    }

    private static string? Text(string? value, string field, int limit, List<OfferingFieldError> errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        if (trimmed.Length > limit)
        {
            errors.Add(new OfferingFieldError(field, FieldErrorCodes.TooLong, limit));
        }
        if (trimmed.Any(char.IsControl))
        {
            errors.Add(new OfferingFieldError(field, FieldErrorCodes.ControlCharacters));
        }
        return trimmed;
    }

    private static bool SameTag(string ifMatch, string? etag) =>
        etag is not null && string.Equals(ifMatch.Trim().Trim('"'), etag.Trim('"'), StringComparison.Ordinal);
}
