using Functions.Http.Problems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Drafts;
using Portal.Domain.Proxies;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Drafts;

/// <summary>一時保存: drafts, their files, prefill from the card profile, やること and printing.</summary>
public static class DraftsFeature
{
    public static IServiceCollection AddDraftsFeature(this IServiceCollection services, IConfiguration configuration) => services
        .AddDrafts(configuration)
        .AddProblems(DraftProblems.Register)
        .AddCallers(callers => callers
            .Allow("CreateDraft", Callers.ResidentOrProxy(DelegatedServices.Applications))
            .Allow("ListDrafts", Callers.ResidentOrProxy(DelegatedServices.Applications))
            .Allow("GetDraft", Callers.ResidentOrProxy(DelegatedServices.Applications))
            .Allow("PatchDraft", Callers.ResidentOrProxy(DelegatedServices.Applications))
            .Allow("DeleteDraft", Callers.ResidentOrProxy(DelegatedServices.Applications))
            .Allow("GetTodo", Callers.ResidentOrProxy(DelegatedServices.Applications))
            .Allow("PrefillDraft", Callers.ResidentOrProxy(DelegatedServices.Applications))
            .Allow("AddDraftAttachment", Callers.ResidentOrProxy(DelegatedServices.Applications))
            .Allow("GetDraftAttachment", Callers.ResidentOrProxy(DelegatedServices.Applications))
            .Allow("DeleteDraftAttachment", Callers.ResidentOrProxy(DelegatedServices.Applications))
            .Allow("PrintDraft", Callers.ResidentOrProxy(DelegatedServices.Applications)))
        .AddRouteValues(values => values
            .For("GetDraft", ("id", DraftIdentifiers.Draft))
            .For("PatchDraft", ("id", DraftIdentifiers.Draft))
            .For("DeleteDraft", ("id", DraftIdentifiers.Draft))
            .For("PrefillDraft", ("id", DraftIdentifiers.Draft))
            .For("PrintDraft", ("id", DraftIdentifiers.Draft))
            .For("AddDraftAttachment", ("id", DraftIdentifiers.Draft))
            .For("GetDraftAttachment", ("id", DraftIdentifiers.Draft), ("attachmentId", DraftIdentifiers.Attachment))
            .For("DeleteDraftAttachment", ("id", DraftIdentifiers.Draft), ("attachmentId", DraftIdentifiers.Attachment)));
}
