namespace Bot.Functions.Tests.Transcripts;

/// <summary>A card as shown: its title, label/value rows (a review's answers) and buttons.</summary>
public sealed record ChatCard(string Title, IReadOnlyList<ChatCardField> Fields, IReadOnlyList<ChatChoice> Buttons);
