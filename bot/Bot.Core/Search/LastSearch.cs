namespace Bot.Core.Search;

/// <summary>
/// The last search, for "もっと見る": its filters, the portal page token it was read with (null = first page) and how
/// many of that page's items were already shown (the portal's pages may be longer than the cards the bot shows).
/// </summary>
public sealed record LastSearch(string? Query, string? Category, string? LifeEvent, string? PageToken, int Shown);
