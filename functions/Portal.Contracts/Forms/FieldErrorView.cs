namespace Portal.Contracts.Forms;

/// <summary>One problem: where ("children[1].kana"), a code clients may branch on, and the Japanese message to show.</summary>
public sealed record FieldErrorView(string Path, string Code, string Message);
