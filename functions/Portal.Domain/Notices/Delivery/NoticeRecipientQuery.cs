using Microsoft.Azure.Cosmos;
using Portal.Domain.Accounts;
using Portal.Domain.Errors;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Delivery;

/// <summary>
/// The registered accounts an area key reaches, a page at a time: those whose <see cref="Account.AreaKeys"/> hold it,
/// or every registered account for the whole country. Only the id and the date of birth are read.
/// </summary>
public sealed class NoticeRecipientQuery(PortalDatabase database)
{
    /// <summary>The most recipients in one page: what one LINE multicast takes.</summary>
    public const int PageSize = 500;

    private sealed record Row(string Id, DateOnly? DateOfBirth);

    public async Task<Page<NoticeRecipient>> PageAsync(string audienceKey, string? continuation, CancellationToken cancellationToken)
    {
        var sql = "SELECT c.id, c.profile.dateOfBirth FROM c WHERE c.type = @type AND c.state = @state"
            + (audienceKey == AudienceKeys.National ? "" : " AND ARRAY_CONTAINS(c.areaKeys, @key)");
        var query = new QueryDefinition(sql)
            .WithParameter("@type", Account.DocumentType)
            .WithParameter("@state", AccountStates.Registered)
            .WithParameter("@key", audienceKey);
        using var iterator = database.Container(PortalContainers.Residents).GetItemQueryIterator<Row>(query, continuation,
            new QueryRequestOptions { MaxItemCount = PageSize });
        if (!iterator.HasMoreResults)
        {
            return new Page<NoticeRecipient>([], null);
        }
        try
        {
            var response = await iterator.ReadNextAsync(cancellationToken);
            return new Page<NoticeRecipient>([.. response.Select(r => new NoticeRecipient(r.Id, r.DateOfBirth))], response.ContinuationToken);
        }
        catch (CosmosException e) when (e.StatusCode == System.Net.HttpStatusCode.BadRequest && continuation is not null)
        {
            throw new InvalidContinuationException(e);
        }
    }
}
