using Microsoft.Azure.Cosmos;
using Portal.Domain.Accounts;
using Portal.Domain.Errors;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Delivery;

/// <summary>
/// The registered accounts an area key reaches, a page at a time: those whose <see cref="Account.AreaKeys"/> hold it,
/// or every registered account for the whole country; or one chain of those (<see cref="NoticeFanOutChains"/>). Only what delivery decides by is read: the id, the date of
/// birth, the e-mail address and the registration's メール通知 choice.
/// </summary>
public sealed class NoticeRecipientQuery(PortalDatabase database)
{
    /// <summary>The most recipients in one page: what one LINE multicast takes.</summary>
    public const int PageSize = 500;

    private const string Select =
        "SELECT c.id, c.profile.dateOfBirth, c.email, c.notificationsEnabled FROM c WHERE c.type = @type AND c.state = @state";

    private sealed record Row(string Id, DateOnly? DateOfBirth, string? Email, bool? NotificationsEnabled);

    public Task<Page<NoticeRecipient>> PageAsync(string audienceKey, string? continuation, CancellationToken cancellationToken) =>
        PageAsync(audienceKey, null, continuation, cancellationToken);

    /// <summary>A page of one chain of the audience (<see cref="NoticeFanOutChains"/>; null: the whole audience).</summary>
    public Task<Page<NoticeRecipient>> PageAsync(string audienceKey, string? chain, string? continuation, CancellationToken cancellationToken)
    {
        var (condition, key) = chain switch
        {
            null when audienceKey == AudienceKeys.National => ("", audienceKey),
            null => (" AND ARRAY_CONTAINS(c.areaKeys, @key)", audienceKey),
            NoticeFanOutChains.Unplaced => (" AND (NOT IS_ARRAY(c.areaKeys) OR ARRAY_LENGTH(c.areaKeys) = 0)", audienceKey),
            // A prefecture of the country: everyone placed in it.
            _ when audienceKey == AudienceKeys.National => (" AND ARRAY_CONTAINS(c.areaKeys, @key)", AudienceKeys.Area(chain)),
            // A body of a prefecture or a designated city, down to the wards: residents it is the most specific area of
            // (for the audience's own body, those placed in none of its parts).
            _ => (" AND c.areaKeys[0] = @key", AudienceKeys.Area(chain)),
        };
        return QueryAsync(Query(condition).WithParameter("@key", key), continuation, cancellationToken);
    }

    /// <summary>The registered accounts among <paramref name="accountIds"/> (≤ a page): a personal notice's resident, or
    /// a page held by quiet hours, read again when it goes out. One cross-partition query.</summary>
    public async Task<IReadOnlyList<NoticeRecipient>> OfAccountsAsync(IReadOnlyList<string> accountIds, CancellationToken cancellationToken)
    {
        var query = Query(" AND ARRAY_CONTAINS(@ids, c.id)").WithParameter("@ids", accountIds);
        var all = new List<NoticeRecipient>();
        string? continuation = null;
        do
        {
            var page = await QueryAsync(query, continuation, cancellationToken);
            all.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return all;
    }

    private static QueryDefinition Query(string condition) => new QueryDefinition(Select + condition)
        .WithParameter("@type", Account.DocumentType)
        .WithParameter("@state", AccountStates.Registered);

    private async Task<Page<NoticeRecipient>> QueryAsync(QueryDefinition query, string? continuation, CancellationToken cancellationToken)
    {
        using var iterator = database.Container(PortalContainers.Residents).GetItemQueryIterator<Row>(query, continuation,
            new QueryRequestOptions { MaxItemCount = PageSize });
        if (!iterator.HasMoreResults)
        {
            return new Page<NoticeRecipient>([], null);
        }
        try
        {
            var response = await iterator.ReadNextAsync(cancellationToken);
            return new Page<NoticeRecipient>(
                [.. response.Select(r => new NoticeRecipient(r.Id, r.DateOfBirth, r.Email, r.NotificationsEnabled == true))],
                response.ContinuationToken);
        }
        catch (CosmosException e) when (e.StatusCode == System.Net.HttpStatusCode.BadRequest && continuation is not null)
        {
            throw new InvalidContinuationException(e);
        }
    }
}
