namespace Bot.Core.Forms;

/// <summary>One input of the web form page: the answer's path, its label and help, and whether it is a file.</summary>
public sealed record FormPageField(string Path, string Label, string? Help, bool IsAttachment);
