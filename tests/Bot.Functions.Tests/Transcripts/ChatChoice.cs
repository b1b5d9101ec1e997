namespace Bot.Functions.Tests.Transcripts;

/// <summary>Something to press: an action the bot gets back, or a link to open.</summary>
public sealed record ChatChoice(string Label, string? Action, Uri? Url);
