namespace Portal.Contracts.Histories;

/// <summary>
/// A day's signed tree head as published for anyone (<c>GET /api/history/tree-heads/{day}</c>): compare it with the
/// one in an export to see that the portal showed everyone the same tree.
/// </summary>
/// <param name="Day">The day, yyyy-MM-dd (Japan time).</param>
/// <param name="TreeHead">The compact JWS (<see cref="Histories.TreeHead"/>), exactly as exports carry it.</param>
public sealed record PublishedTreeHead(string Day, string TreeHead);
