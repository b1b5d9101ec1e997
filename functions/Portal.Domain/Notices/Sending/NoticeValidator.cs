using Microsoft.Extensions.Options;
using Portal.Domain.Identity.Clients;

namespace Portal.Domain.Notices.Sending;

/// <summary>
/// Checks what an agency sends before anything is stored, naming every bad field at once, and decides the audience
/// within the agency's own area (<see cref="AgencyArea"/>).
/// </summary>
public sealed class NoticeValidator(IOptions<NoticeSendingOptions> options)
{
    public const int MaxAge = 120;

    private NoticeSendingOptions Options => options.Value;

    /// <exception cref="NoticeInvalidException">Any field is refused.</exception>
    /// <exception cref="NoticeAudienceOutsideAreaException">The audience names another body's area.</exception>
    public (ValidNoticeContent Content, NoticeAudience Audience) Validate(
        AgencyContext agency, NoticeContent content, NoticeAudienceRequest? audience, DateTimeOffset now)
    {
        var errors = new List<NoticeError>();
        var audienceOf = CheckAudience(agency, audience, errors);
        var valid = Check(Filled(content, audience, errors), now, errors);
        Throw(errors);
        return (valid!, audienceOf!);
    }

    /// <summary>
    /// Content only: a change to a scheduled notice keeps its audience. A personal notice's values were not kept, so a
    /// change takes final text and a placeholder in it is refused like an area notice's.
    /// </summary>
    /// <exception cref="NoticeInvalidException">Any field is refused.</exception>
    public ValidNoticeContent ValidateContent(NoticeContent content, DateTimeOffset now)
    {
        var errors = new List<NoticeError>(NoticeTemplates.RefusePlaceholders(content, null));
        var valid = Check(content, now, errors);
        Throw(errors);
        return valid!;
    }

    /// <summary>
    /// A personal notice's template filled with its values, so the rules below check the text the resident will read;
    /// any other notice's placeholders are refused (there is nobody to fill them for, and sent literally they would
    /// read as a mistake).
    /// </summary>
    private NoticeContent Filled(NoticeContent content, NoticeAudienceRequest? audience, List<NoticeError> errors)
    {
        if (audience?.Kind != NoticeAudienceKinds.Resident)
        {
            errors.AddRange(NoticeTemplates.RefusePlaceholders(content, audience?.Values));
            return content;
        }
        var before = errors.Count;
        errors.AddRange(NoticeTemplates.Check(content, audience.Values, Options));
        return errors.Count > before ? content : NoticeTemplates.Fill(content, audience.Values);
    }

    private ValidNoticeContent? Check(NoticeContent content, DateTimeOffset now, List<NoticeError> errors)
    {
        var hosts = new LinkHostAllowList(Options.AllowedLinkHosts);
        var before = errors.Count;
        errors.AddRange(NoticeText.Check("title", content.Title, Options.MaxTitleLength, multiline: false, hosts));
        errors.AddRange(NoticeText.Check("body", content.Body, Options.MaxBodyLength, multiline: true, hosts));
        if (content.Category is null)
        {
            errors.Add(new NoticeError("category", NoticeErrorCodes.Required));
        }
        else if (!NoticeCategories.All.Contains(content.Category, StringComparer.Ordinal))
        {
            errors.Add(new NoticeError("category", NoticeErrorCodes.UnknownCategory));
        }
        var importance = content.Importance ?? NoticeImportance.Normal;
        if (!NoticeImportance.All.Contains(importance, StringComparer.Ordinal))
        {
            errors.Add(new NoticeError("importance", NoticeErrorCodes.UnknownImportance));
        }
        var publishAt = (content.PublishAt ?? now).ToUniversalTime();
        if (publishAt < now - Options.PublishAtTolerance)
        {
            errors.Add(new NoticeError("publishAt", NoticeErrorCodes.PublishAtPast));
        }
        if (content.ExpiresAt is not { } expiresAt)
        {
            errors.Add(new NoticeError("expiresAt", NoticeErrorCodes.Required));
        }
        else if (expiresAt <= publishAt)
        {
            errors.Add(new NoticeError("expiresAt", NoticeErrorCodes.ExpiresBeforePublish));
        }
        else if (expiresAt - publishAt > Options.MaxLifetime)
        {
            errors.Add(new NoticeError("expiresAt", NoticeErrorCodes.LifetimeTooLong, (int)Options.MaxLifetime.TotalDays));
        }
        var attachments = NoticeAttachmentRules.Check(content.Attachments, errors);
        return errors.Count > before ? null : new ValidNoticeContent(
            NoticeText.Normalize(content.Title!), NoticeText.Normalize(content.Body!), content.Category!, importance,
            publishAt, content.ExpiresAt!.Value.ToUniversalTime(), attachments);
    }

    private static NoticeAudience? CheckAudience(AgencyContext agency, NoticeAudienceRequest? audience, List<NoticeError> errors)
    {
        var own = AgencyArea.CodeOf(agency);
        // The isolation rule first: naming another body is not a typo to correct but an act outside the agency's authority.
        if (audience?.LocalGovernmentCode is { } named && named != own)
        {
            throw new NoticeAudienceOutsideAreaException(named);
        }
        switch (audience?.Kind)
        {
            case null:
                errors.Add(new NoticeError("audience.kind", NoticeErrorCodes.Required));
                return null;
            case NoticeAudienceKinds.Everyone:
                return new NoticeAudience(NoticeAudienceKinds.Everyone, own);
            case NoticeAudienceKinds.Segment:
                return Segment(own, audience, errors);
            case NoticeAudienceKinds.Resident:
                return Resident(audience, errors);
            default:
                errors.Add(new NoticeError("audience.kind", NoticeErrorCodes.UnknownAudience));
                return null;
        }
    }

    /// <summary>The ref as given: it is resolved (within the agency's own body only) once the request is valid.</summary>
    private static NoticeAudience? Resident(NoticeAudienceRequest audience, List<NoticeError> errors)
    {
        if (string.IsNullOrWhiteSpace(audience.ResidentRef))
        {
            errors.Add(new NoticeError("audience.residentRef", NoticeErrorCodes.Required));
            return null;
        }
        return new NoticeAudience(NoticeAudienceKinds.Resident, ResidentRef: audience.ResidentRef);
    }

    private static NoticeAudience? Segment(string? own, NoticeAudienceRequest audience, List<NoticeError> errors)
    {
        var before = errors.Count;
        if (audience.MinAge is null && audience.MaxAge is null && audience.InterestedOnly is not true)
        {
            errors.Add(new NoticeError("audience", NoticeErrorCodes.SegmentWithoutCriteria));
        }
        foreach (var (field, age) in new[] { ("audience.minAge", audience.MinAge), ("audience.maxAge", audience.MaxAge) })
        {
            if (age is < 0 or > MaxAge)
            {
                errors.Add(new NoticeError(field, NoticeErrorCodes.AgeOutOfRange, MaxAge));
            }
        }
        if (audience.MinAge > audience.MaxAge)
        {
            errors.Add(new NoticeError("audience.maxAge", NoticeErrorCodes.AgeRangeInverted));
        }
        return errors.Count > before ? null
            : new NoticeAudience(NoticeAudienceKinds.Segment, own, audience.MinAge, audience.MaxAge, audience.InterestedOnly ?? false);
    }

    private static void Throw(List<NoticeError> errors)
    {
        if (errors.Count > 0)
        {
            throw new NoticeInvalidException(errors);
        }
    }
}
