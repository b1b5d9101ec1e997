using Portal.Domain.Drafts;
using Portal.Domain.Residents;

namespace Portal.Domain.Home.Parts;

/// <summary>一時保存: each draft is a やること until it is submitted, deleted or expires.</summary>
public sealed class DraftsHomePart(DraftService drafts) : IHomePart
{
    public string Name => "drafts";

    public async Task<HomeContribution> ReadAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        var items = await drafts.TodoAsync(resident, cancellationToken);
        return new HomeContribution
        {
            Todo = [.. items.Select(i => new HomeTodo(HomeTodoKinds.Draft, i.Draft.Id, i.Draft.ProcedureId, i.ProcedureName,
                i.Draft.ExpiresAt, i.Draft.UpdatedAt))],
        };
    }
}
