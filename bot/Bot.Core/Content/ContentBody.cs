namespace Bot.Core.Content;

/// <summary>Rendered content: a heading and an HTML fragment whose values are already escaped.</summary>
public sealed record ContentBody(string Title, string Html);
