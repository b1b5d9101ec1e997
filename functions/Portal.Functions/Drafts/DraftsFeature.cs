using Functions.Http.Problems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Drafts;
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
            .Allow("CreateDraft", Callers.Resident())
            .Allow("ListDrafts", Callers.Resident())
            .Allow("GetDraft", Callers.Resident())
            .Allow("PatchDraft", Callers.Resident())
            .Allow("DeleteDraft", Callers.Resident())
            .Allow("GetTodo", Callers.Resident())
            .Allow("PrefillDraft", Callers.Resident())
            .Allow("AddDraftAttachment", Callers.Resident())
            .Allow("GetDraftAttachment", Callers.Resident())
            .Allow("DeleteDraftAttachment", Callers.Resident())
            .Allow("PrintDraft", Callers.Resident()))
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
