namespace Bot.Core.Forms;

/// <summary>What the web form page shows: the form's title and the fields not asked in the chat that are still open.</summary>
public sealed record FormPage(string Title, IReadOnlyList<FormPageField> Fields);
