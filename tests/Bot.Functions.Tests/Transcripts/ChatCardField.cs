namespace Bot.Functions.Tests.Transcripts;

public sealed record ChatCardField(string Label, string Value);
