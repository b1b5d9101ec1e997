using Microsoft.Extensions.Options;
using Portal.Contracts.Errors;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.LocalGovernments;
using Portal.Domain.Procedures.Search;

namespace Portal.Domain.Procedures.Serving;

/// <summary>
/// The resident side of さがす over the current catalog generation: checks the raw parameters, resolves the place of
/// residence, pages with <see cref="ContinuationToken"/>. Nothing here touches Cosmos; requests read memory only.
/// </summary>
public sealed class CatalogSearchService(CatalogHost host, IOptions<CatalogOptions> options)
{
    public const int MaxTextLength = 200;
    private const int MaxLocalGovernments = 20;
    private const int MaxCloseMatches = 5;

    public async Task<CatalogSearchPage> SearchAsync(CatalogSearchRequest request, CancellationToken cancellationToken)
    {
        var text = CleanText(request.Text);
        var category = Known(request.Category, Categories.Labels, "category", FieldErrorCodes.UnknownCategory);
        var lifeEvent = Known(request.LifeEvent, LifeEvents.Labels, "lifeEvent", FieldErrorCodes.UnknownLifeEvent);
        var online = Flag(request.Online);
        var state = await host.GetAsync(cancellationToken);
        var residence = ResidenceOf(request.LocalGovernmentCode);

        var queryHash = ContinuationToken.HashOf(text, residence?.Code, category, lifeEvent, online);
        var offset = ContinuationToken.OffsetOf(request.Page, state.Version, queryHash);
        var result = state.Index.Search(
            new SearchQuery(text, residence?.Code, category, lifeEvent, online, offset, options.Value.PageSize));
        var next = result.NextOffset is { } nextOffset ? ContinuationToken.Encode(nextOffset, state.Version, queryHash) : null;
        return new CatalogSearchPage(result, residence, next);
    }

    /// <exception cref="ProcedureNotFoundException">No such procedure.</exception>
    public async Task<ProcedureDetail> GetAsync(string procedureId, string? localGovernmentCode, CancellationToken cancellationToken)
    {
        var state = await host.GetAsync(cancellationToken);
        var residence = ResidenceOf(localGovernmentCode);
        var hit = state.Index.Find(procedureId, residence?.Code) ?? throw new ProcedureNotFoundException(procedureId);
        return new ProcedureDetail(hit, residence);
    }

    /// <summary>Local governments by kanji, kana or part of either (an empty query lists none).</summary>
    public async Task<IReadOnlyList<LocalGovernment>> FindLocalGovernmentsAsync(string? query, CancellationToken cancellationToken)
    {
        var text = CleanText(query);
        if (text is null)
        {
            return [];
        }
        var state = await host.GetAsync(cancellationToken);
        return state.Index.FindLocalGovernments(text, MaxLocalGovernments);
    }

    /// <summary>Keyword chips for a place: what its residents are likely to look for.</summary>
    public async Task<(LocalGovernment LocalGovernment, IReadOnlyList<string> Keywords)> SuggestedKeywordsAsync(
        string code, CancellationToken cancellationToken)
    {
        var state = await host.GetAsync(cancellationToken);
        var localGovernment = Require(code);
        return (localGovernment, state.Index.SuggestedKeywords(localGovernment.Code));
    }

    /// <summary>Control characters go (they only come from pasting or from probing); over the limit is refused.</summary>
    private static string? CleanText(string? text)
    {
        if (text is null)
        {
            return null;
        }
        if (text.Length > MaxTextLength)
        {
            throw new CatalogQueryException("q", FieldErrorCodes.TooLong);
        }
        var cleaned = string.Concat(text.Where(c => !char.IsControl(c))).Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static string? Known(string? code, IReadOnlyDictionary<string, string> labels, string parameter, string error)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        return labels.ContainsKey(code) ? code : throw new CatalogQueryException(parameter, error, Truncated(code));
    }

    private static bool Flag(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "false" or "0" => false,
        "true" or "1" => true,
        _ => throw new CatalogQueryException("online", FieldErrorCodes.NotABoolean, Truncated(value)),
    };

    /// <summary>The place of residence named by lg (none when absent); a prefecture is not one.</summary>
    private LocalGovernment? ResidenceOf(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var localGovernment = Require(code);
        return localGovernment.Kind == LocalGovernmentKinds.Prefecture
            ? throw new CatalogQueryException("lg", FieldErrorCodes.NotAResidence, localGovernment.Code)
            : localGovernment;
    }

    /// <exception cref="UnknownLocalGovernmentException">With the closest codes or names.</exception>
    private LocalGovernment Require(string code)
    {
        var trimmed = code.Trim();
        return host.LocalGovernments.Find(trimmed) ?? throw new UnknownLocalGovernmentException(Truncated(trimmed)!, CloseMatches(trimmed));
    }

    /// <summary>
    /// For a mistyped code, the ones that share its first five digits (the check digit is the usual slip), else its
    /// prefecture's first few; for a name sent as a code, the search by name.
    /// </summary>
    private List<LocalGovernment> CloseMatches(string code)
    {
        var all = host.LocalGovernments.All;
        if (code.Length > 0 && code.All(char.IsAsciiDigit))
        {
            var prefix = code[..Math.Min(5, code.Length)];
            var close = all.Where(l => l.Code.StartsWith(prefix, StringComparison.Ordinal)).Take(MaxCloseMatches).ToList();
            if (close.Count > 0 || code.Length < 2)
            {
                return close;
            }
            return [.. all.Where(l => l.Code.StartsWith(code[..2], StringComparison.Ordinal)).Take(MaxCloseMatches)];
        }
        var text = CleanText(code.Length > MaxTextLength ? code[..MaxTextLength] : code);
        return text is null || host.Current is not { } state ? [] : [.. state.Index.FindLocalGovernments(text, MaxCloseMatches)];
    }

    private static string? Truncated(string? value) => value is { Length: > 40 } ? value[..40] : value;
}
