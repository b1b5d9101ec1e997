using Portal.Domain.Errors;

namespace Portal.Domain.Histories.Trees;

/// <summary>No tree was made that day (before the first, in the future, or a malformed day): answered 404.</summary>
public sealed class TreeHeadNotFoundException(string day) : PortalException($"No history tree of '{day}'.")
{
    public string Day { get; } = day;
}
