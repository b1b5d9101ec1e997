namespace Bot.Core.Content;

/// <summary>What the content link's address answers: the page to show and its HTTP status.</summary>
/// <param name="Status">200, or 404 (unknown), 410 (used or expired), 403 (a post without the link's token).</param>
public sealed record ContentPage(int Status, string Html, string ContentSecurityPolicy);
