using Microsoft.Extensions.Options;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Status;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Residents;

namespace Portal.Domain.Home.Parts;

/// <summary>申請中: the applications not finished, and a やること for each one with a 補正依頼.</summary>
public sealed class ApplicationsHomePart(ApplicationRepository applications, CatalogHost catalog, IOptions<HomeOptions> options) : IHomePart
{
    public string Name => "applications";

    public async Task<HomeContribution> ReadAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        var found = await applications.InProgressOfResidentAsync(resident.PrincipalId, options.Value.MaxApplications, cancellationToken);
        var state = await catalog.GetAsync(cancellationToken);
        var named = found.Select(a => new HomeApplication(a, state.TemplatesById.GetValueOrDefault(a.ProcedureId)?.Name)).ToList();
        return new HomeContribution
        {
            Applications = named,
            Todo = [.. named.Where(a => a.Application.Status == ApplicationStatus.CorrectionRequested)
                .Select(a => new HomeTodo(HomeTodoKinds.CorrectionRequested, a.Application.Id, a.Application.ProcedureId,
                    a.ProcedureName, null, a.Application.CreatedAt))],
        };
    }
}
