using Portal.Domain.Forms;
using Portal.Domain.Printing;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Residents;

namespace Portal.Domain.Drafts;

/// <summary>
/// The completed form as a PDF to print, for procedures (or places) that do not take it online: the answers as the
/// form lays them out, the local government's name, and where to send or bring it (the offering's section and page).
/// </summary>
public sealed class DraftPrintService(DraftService drafts, FormCatalog forms, CatalogHost catalog, PdfFormRenderer renderer, TimeProvider clock)
{
    /// <exception cref="DraftNotFoundException">Not the principal's draft.</exception>
    /// <exception cref="FormNotFoundException">The draft's procedure has no form to print.</exception>
    public async Task<byte[]> RenderAsync(ResidentContext resident, string draftId, CancellationToken cancellationToken)
    {
        var draft = (await drafts.GetAsync(resident, draftId, cancellationToken)).Document;
        var definition = draft is { FormId: { } formId, FormVersion: { } version }
            ? forms.Get(formId, version)
            : throw new FormNotFoundException(draft.ProcedureId, null);
        var state = await catalog.GetAsync(cancellationToken);
        var place = catalog.LocalGovernments.Find(draft.LocalGovernmentCode);
        var hit = state.Index.Find(draft.ProcedureId, draft.LocalGovernmentCode);
        var procedureName = hit?.Procedure.Name ?? definition.Title;
        var body = hit?.OfferedByName ?? place?.Name ?? draft.LocalGovernmentCode;
        var submitTo = new SubmissionDestination(
            body,
            Department: hit?.Offering?.Contact,
            Contact: hit?.Offering?.PageUrl,
            Note: "記入内容を確認し、署名のうえ郵送するか窓口にお持ちください。");
        var form = new PrintableForm(definition.Title, procedureName, place?.Name ?? body, submitTo,
            PrintableAnswers.Of(definition, draft.Data), clock.GetUtcNow())
        {
            // On paper the resident signs by hand: the card's electronic signature is only for online applications.
            RequiresSignature = true,
        };
        return renderer.Render(form);
    }
}
