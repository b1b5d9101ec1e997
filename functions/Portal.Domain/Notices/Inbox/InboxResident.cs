using Portal.Domain.Notices.Areas;

namespace Portal.Domain.Notices.Inbox;

/// <summary>
/// What decides which notices a resident sees: where they live (the area chain of the card profile's address), their
/// date of birth (segments by age) and their interests (segments for the interested). Null and empty without a profile
/// or a setting: such a resident is reached by national and personal notices only.
/// </summary>
public sealed record InboxResident(string AccountId, AreaChain Chain, DateOnly? DateOfBirth, IReadOnlySet<string> Interests)
{
    /// <summary>The partitions of their inbox: the area chain, then their own.</summary>
    public IReadOnlyList<string> AudienceKeys { get; } = [.. Chain.Keys, Areas.AudienceKeys.Resident(AccountId)];
}
