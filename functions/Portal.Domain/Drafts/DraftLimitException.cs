using Portal.Domain.Errors;

namespace Portal.Domain.Drafts;

/// <summary>Too many drafts for one resident, or too many files on one draft (409).</summary>
public sealed class DraftLimitException(string what, int limit)
    : PortalException($"The limit of {limit} {what} is reached.")
{
    /// <summary>"drafts" or "attachments".</summary>
    public string What { get; } = what;

    public int Limit { get; } = limit;
}
