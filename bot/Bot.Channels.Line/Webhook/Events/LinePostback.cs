namespace Bot.Channels.Line.Webhook.Events;

/// <summary>A postback: the data of the action tapped (≤ 300 chars) and a date picker's <c>params</c>.</summary>
internal sealed record LinePostback(string? Data, IReadOnlyDictionary<string, string>? Params);
