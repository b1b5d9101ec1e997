namespace Portal.Domain.Printing;

/// <summary>
/// A completed form to print, for a procedure that cannot be finished online: the resident prepares it in the portal,
/// prints it, and sends or brings it to <see cref="SubmitTo"/>. Independent of how forms are defined: whoever has the
/// answers maps them to sections of label/value rows.
/// </summary>
public sealed record PrintableForm(
    string Title,
    string ProcedureName,
    string LocalGovernmentName,
    SubmissionDestination SubmitTo,
    IReadOnlyList<PrintableSection> Sections,
    DateTimeOffset GeneratedAt)
{
    /// <summary>The printed note saying where the paper came from (so the counter knows it was prepared online).</summary>
    public const string DefaultNote = "この書類は、マイナポータルで入力された申請内容を印刷したものです。";

    public string Note { get; init; } = DefaultNote;

    /// <summary>Adds the 署名・押印欄 when the procedure needs a handwritten signature or seal on paper.</summary>
    public bool RequiresSignature { get; init; }
}
