using Functions.Http.Preconditions;
using Portal.Contracts.Applications.Agencies;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Agencies;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Storage;
using Portal.Functions.Applications;

namespace Portal.Functions.Agencies;

/// <summary>Applications as the receiving agency reads them: everything needed to verify the signature itself.</summary>
internal static class AgencyApplicationViews
{
    private const string ProxyFilingLabel = "代理人による申請";

    public static AgencyApplicationSummary Summary(Application a, CatalogHost catalog) => new(a.Id, a.ProcedureId,
        ApplicationViews.ProcedureName(catalog, a.ProcedureId), ApplicationViews.Status(a.Status), ApplicationViews.SubmittedAt(a),
        ApplicationViews.LastChangedAt(a), a.Current.Number, a.Current.Cms is not null, a.ResidentRef);

    public static AgencyApplicationDetail Detail(Stored<Application> stored, CatalogHost catalog)
    {
        var a = stored.Document;
        var revisions = a.Revisions.Select(r => Revision(a, r)).ToList();
        return new AgencyApplicationDetail(a.Id, a.LocalGovernmentCode, a.ProcedureId, ApplicationViews.ProcedureName(catalog, a.ProcedureId),
            a.FormId, ApplicationViews.Status(a.Status), ApplicationViews.SubmittedAt(a), revisions[^1], revisions,
            [.. a.History.Select(ApplicationViews.Change)], EntityTags.Strong(stored.ETag), a.ResidentRef);
    }

    private static AgencyRevisionView Revision(Application a, ApplicationRevision r) => new(r.Number, r.SubmittedAt, r.FormVersion,
        r.Document, ApplicationViews.Document(r), r.DocumentSha256, r.Cms,
        SigningCertificate.FromCms(r.Cms) is { } der ? Convert.ToBase64String(der) : null,
        r.Signer is { } s ? new SignerView(s.Issuer, s.SerialNumber) : null,
        r.Evidence is { } e ? new SignatureEvidenceView(e.CrlNumber, e.CrlThisUpdate, e.CrlNextUpdate, e.VerifiedAt, e.CertificateSha256, e.SigningTime) : null,
        [.. r.Attachments.Select((f, i) => new AgencyAttachmentView(i + 1, f.Name, f.ContentType, f.Size, f.Sha256,
            $"/api/agency/applications/{Uri.EscapeDataString(a.Id)}/revisions/{r.Number}/attachments/{i + 1}"))],
        r.FiledBy is { } f ? new ProxyFilingView(ProxyFilingLabel, f.ProxyName, f.Kind, f.LegalBasis, f.Services, f.ValidFrom, f.ValidUntil, f.DelegationId) : null);
}
