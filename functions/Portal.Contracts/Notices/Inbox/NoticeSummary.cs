namespace Portal.Contracts.Notices.Inbox;

/// <summary>One notice in the resident's inbox list: no body (opening it marks it read).</summary>
/// <param name="Category">A stable value (childcare, health, …); <paramref name="CategoryLabel"/> is its Japanese label.</param>
/// <param name="Importance">normal or important.</param>
public sealed record NoticeSummary(
    string Id, string Title, string SenderName, string Category, string CategoryLabel, string Importance,
    DateTimeOffset PublishedAt, bool Read);
