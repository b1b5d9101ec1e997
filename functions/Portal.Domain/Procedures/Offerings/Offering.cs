namespace Portal.Domain.Procedures.Offerings;

/// <summary>One procedure as one body offers it.</summary>
/// <param name="ProcedureId">The <see cref="Templates.ProcedureTemplate"/> id.</param>
/// <param name="Methods">Codes of <see cref="ApplicationMethods"/>, best first (online when offered).</param>
/// <param name="PageUrl">The body's own page for it.</param>
/// <param name="Contact">The section to ask, with its phone: "子育て支援課 03-1234-5678".</param>
/// <param name="Note">Anything local ("窓口は平日8:30〜17:15").</param>
public sealed record Offering(string ProcedureId, IReadOnlyList<string> Methods, string? PageUrl, string? Contact, string? Note)
{
    public bool IsOnline => Methods.Contains(ApplicationMethods.Online);
}
