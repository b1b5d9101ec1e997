using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.Histories;
using Portal.Domain.Histories.Trees;

namespace Portal.Functions.Histories;

/// <summary>
/// Each day's signed tree head over every resident's history heads, for anyone to compare with what their export
/// showed (gossip, as Certificate Transparency's monitors do). Anonymous by design; the head never changes.
/// </summary>
public sealed class TreeHeadsFunctions(HistoryTreeProofs trees)
{
    [Function("GetTreeHead")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "history/tree-heads/{day}")] HttpRequest request, string day,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(new PublishedTreeHead(day, await trees.TreeHeadAsync(day, cancellationToken)));
}
