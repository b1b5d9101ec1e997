namespace Bot.Functions.Forms;

/// <summary>The web form page's POST body: answer paths and what was typed.</summary>
public sealed record FormPagePost(IReadOnlyDictionary<string, string>? Values);
