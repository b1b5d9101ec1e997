namespace Portal.Domain.Notices.Sending;

/// <summary>Why a notice's field was refused: stable kebab-case strings agencies' systems may branch on.</summary>
public static class NoticeErrorCodes
{
    public const string Required = "required";
    public const string TooLong = "too-long";
    public const string ControlCharacters = "control-characters";

    /// <summary>Not of the field's type (a number for a title, a time that is not RFC 3339).</summary>
    public const string Invalid = "invalid";

    /// <summary>Angle brackets: notices are plain text, never HTML.</summary>
    public const string Markup = "markup";

    /// <summary>A link that is not https (http://, ftp://...).</summary>
    public const string HttpsRequired = "https-required";

    /// <summary>An https link to a host outside <see cref="NoticeSendingOptions.AllowedLinkHosts"/>.</summary>
    public const string LinkHostNotAllowed = "link-host-not-allowed";

    public const string UnknownCategory = "unknown-category";
    public const string UnknownImportance = "unknown-importance";
    public const string PublishAtPast = "publish-at-past";
    public const string ExpiresBeforePublish = "expires-before-publish";
    public const string LifetimeTooLong = "lifetime-too-long";
    public const string UnknownAudience = "unknown-audience";

    public const string SegmentWithoutCriteria = "segment-without-criteria";
    public const string AgeOutOfRange = "age-out-of-range";
    public const string AgeRangeInverted = "age-range-inverted";

    /// <summary>A <c>((placeholder))</c> in the title or body with no value in <c>audience.values</c>.</summary>
    public const string TemplateValueMissing = "template-value-missing";

    /// <summary>A value in <c>audience.values</c> that no placeholder uses (a typo in either, most likely).</summary>
    public const string TemplateValueUnused = "template-value-unused";

    /// <summary>A placeholder or <c>values</c> outside a personal notice: an area notice has nobody to fill them for.</summary>
    public const string PlaceholderNotAllowed = "placeholder-not-allowed";

    /// <summary>A value that looks like an individual number (個人番号): refused like a form answer.</summary>
    public const string IndividualNumber = "individual-number";

    /// <summary>More attachments than a notice may have.</summary>
    public const string TooMany = "too-many";

    /// <summary>An attachment id that is not one of the agency's own recent uploads (or not an id at all).</summary>
    public const string UnknownAttachment = "unknown-attachment";

    /// <summary>The same upload named twice in one notice.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>A file name with a path in it (<c>/</c>, <c>\</c>, or just <c>.</c> or <c>..</c>).</summary>
    public const string PathInName = "path-in-name";

    /// <summary>A PATCH naming a field that cannot be changed (the audience) or does not exist.</summary>
    public const string NotPatchable = "not-patchable";
}
