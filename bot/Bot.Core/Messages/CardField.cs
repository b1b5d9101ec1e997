namespace Bot.Core.Messages;

/// <summary>A labelled value on a card ("手数料", "無料").</summary>
public sealed record CardField(string Label, string Value);
