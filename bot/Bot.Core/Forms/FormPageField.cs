namespace Bot.Core.Forms;

/// <summary>
/// One input of the web form page: the answer's path, its label and help, whether it is a file, and for a file already
/// attached its name (choosing another replaces it).
/// </summary>
public sealed record FormPageField(string Path, string Label, string? Help, bool IsAttachment, string? AttachedName = null);
