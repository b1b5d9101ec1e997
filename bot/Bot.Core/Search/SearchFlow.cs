using System.Net;
using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Portal;
using Portal.Contracts.Procedures;

namespace Bot.Core.Search;

/// <summary>
/// さがす: the local government once (remembered), then a keyword, a category or a life event; results as cards with
/// 詳しく and 申請する, "もっと見る" through the portal's pages, and the detail as the portal gives it.
/// </summary>
public sealed class SearchFlow(PortalApiClient portal)
{
    /// <summary>Cards per reply (LINE carousels take 12; 10 keeps a reply readable).</summary>
    public const int CardsPerReply = 10;

    private const int MaxPlaceChoices = 12;
    private const int MaxKeywordLength = 100;

    public static bool IsSearchWord(string text) => text is "さがす" or "探す" or "検索" or "手続をさがす";

    public static bool IsChangeLocalGovernmentWord(string text) => text is "市区町村を変更" or "市区町村の変更";

    public Task<TurnResult> HandleAsync(BotAction action, ConversationState state, CancellationToken cancellationToken) =>
        (action.Verb, action.Argument) switch
        {
            ("lg-change", null) => Task.FromResult(ChangeLocalGovernment(state)),
            ("lg", { } code) => Task.FromResult(PickLocalGovernment(code, state)),
            ("categories", null) => FacetChoicesAsync(state, lifeEvents: false, cancellationToken),
            ("life-events", null) => FacetChoicesAsync(state, lifeEvents: true, cancellationToken),
            ("category", { } code) => FirstPageAsync(state, new LastSearch(null, code, null, null, 0), cancellationToken),
            ("life-event", { } code) => FirstPageAsync(state, new LastSearch(null, null, code, null, 0), cancellationToken),
            ("q", { } keyword) => KeywordAsync(keyword, state, cancellationToken),
            ("more", null) => MoreAsync(state, cancellationToken),
            ("detail", { } id) => DetailAsync(id, state, cancellationToken),
            ("apply", { }) => Task.FromResult(Apply(state)),
            _ => Task.FromResult(Replies.Stale(state)),
        };

    /// <summary>さがす from the menu: ask for the place once, then what to look for.</summary>
    public Task<TurnResult> StartAsync(ConversationState state, CancellationToken cancellationToken) =>
        Task.FromResult(state.LocalGovernment is null ? ChangeLocalGovernment(state) : Prompt(state, null));

    public static TurnResult ChangeLocalGovernment(ConversationState state) => new(
        state with { Step = ConversationSteps.SearchLocalGovernment, LocalGovernmentCandidates = [] },
        new TextMessage("お住まいの市区町村の名前か読みがなを入力してください（例：荒川区、あらかわ）。一度設定すると覚えておきます。"));

    public async Task<TurnResult> FindLocalGovernmentAsync(string text, ConversationState state, CancellationToken cancellationToken)
    {
        var found = (await portal.FindLocalGovernmentsAsync(SearchTexts.Shorten(text, MaxKeywordLength), cancellationToken)).Items
            .Where(place => place.Kind != "prefecture")
            .Take(MaxPlaceChoices)
            .Select(place => new RememberedLocalGovernment(place.Code, SearchTexts.PlaceName(place)))
            .ToList();
        return found.Count switch
        {
            0 => new TurnResult(state with { LocalGovernmentCandidates = [] },
                new TextMessage("その名前の市区町村が見つかりませんでした。市区町村の名前か読みがなで、もう一度入力してください（例：荒川区、あらかわ）。")),
            1 => Remember(found[0], state),
            _ => new TurnResult(state with { LocalGovernmentCandidates = found },
                new ChoicesMessage("いくつか見つかりました。お住まいの市区町村を選んでください。",
                    [.. found.Select(place => Replies.Choice(SearchTexts.Label(place.Name), BotActions.PickLocalGovernment(place.Code)))])),
        };
    }

    public Task<TurnResult> KeywordAsync(string keyword, ConversationState state, CancellationToken cancellationToken) =>
        FirstPageAsync(state, new LastSearch(SearchTexts.Shorten(keyword, MaxKeywordLength), null, null, null, 0), cancellationToken);

    private static TurnResult PickLocalGovernment(string code, ConversationState state) =>
        state.LocalGovernmentCandidates.FirstOrDefault(place => place.Code == code) is { } picked
            ? Remember(picked, state)
            : Replies.Stale(state);

    private static TurnResult Remember(RememberedLocalGovernment place, ConversationState state)
    {
        var remembered = state with { LocalGovernment = place, LocalGovernmentCandidates = [], LastSearch = null };
        return Prompt(remembered, $"{place.Name}を設定しました。次からはこの市区町村でさがします。");
    }

    /// <summary>What to look for: type a keyword, or pick a category or life event.</summary>
    private static TurnResult Prompt(ConversationState state, string? before)
    {
        var question = new ChoicesMessage(
            $"{state.LocalGovernment!.Name}の手続をさがします。キーワード（例：児童手当、引っ越し）を入力するか、下から選んでください。",
            [
                Replies.Choice("分類からさがす", BotActions.Categories),
                Replies.Choice("ライフイベントからさがす", BotActions.LifeEvents),
                Replies.Choice("市区町村を変更", BotActions.ChangeLocalGovernment),
                Replies.Choice("ホーム", BotActions.Home),
            ]);
        var next = state with { Step = ConversationSteps.SearchKeyword };
        return before is null ? new TurnResult(next, question) : new TurnResult(next, new TextMessage(before), question);
    }

    /// <summary>Categories or life events as the portal counts them for this place (its facets, with labels).</summary>
    private async Task<TurnResult> FacetChoicesAsync(ConversationState state, bool lifeEvents, CancellationToken cancellationToken)
    {
        if (state.LocalGovernment is null)
        {
            return ChangeLocalGovernment(state);
        }
        var all = await portal.SearchAsync(new ProcedureQuery(null, state.LocalGovernment.Code, null, null, null), cancellationToken);
        var facets = lifeEvents ? all.Facets.LifeEvents : all.Facets.Categories;
        var choices = facets.Take(ChoicesMessage.MaxChoices)
            .Select(facet => Replies.Choice(SearchTexts.Label(facet.Label),
                lifeEvents ? BotActions.LifeEvent(facet.Code) : BotActions.Category(facet.Code)))
            .ToList();
        if (choices.Count == 0)
        {
            return new TurnResult(state with { Step = ConversationSteps.SearchKeyword },
                new TextMessage("選べる項目がありませんでした。キーワードを入力してください。"));
        }
        return new TurnResult(state with { Step = ConversationSteps.SearchKeyword },
            new ChoicesMessage(lifeEvents ? "どのようなときの手続ですか。" : "どの分類の手続ですか。", choices));
    }

    private async Task<TurnResult> FirstPageAsync(ConversationState state, LastSearch search, CancellationToken cancellationToken)
    {
        if (state.LocalGovernment is null)
        {
            return ChangeLocalGovernment(state);
        }
        try
        {
            return await PageAsync(state, search, cancellationToken);
        }
        catch (PortalApiException e) when (e.StatusCode == HttpStatusCode.BadRequest && search.Query is null)
        {
            // A category or life event the catalog no longer has: an old button.
            return Replies.Stale(state);
        }
    }

    private Task<TurnResult> MoreAsync(ConversationState state, CancellationToken cancellationToken) =>
        state.LastSearch is { } last && state.LocalGovernment is not null
            ? PageAsync(state, last, cancellationToken)
            : Task.FromResult(Replies.Stale(state));

    /// <summary>The next cards of <paramref name="search"/>: the rest of its portal page, else the page after it.</summary>
    private async Task<TurnResult> PageAsync(ConversationState state, LastSearch search, CancellationToken cancellationToken)
    {
        var place = state.LocalGovernment!;
        var page = await portal.SearchAsync(
            new ProcedureQuery(search.Query, place.Code, search.Category, search.LifeEvent, search.PageToken), cancellationToken);
        var isFirst = search.PageToken is null && search.Shown == 0;
        if (page.Items.Count <= search.Shown && page.ContinuationToken is not null)
        {
            search = search with { PageToken = page.ContinuationToken, Shown = 0 };
            page = await portal.SearchAsync(
                new ProcedureQuery(search.Query, place.Code, search.Category, search.LifeEvent, search.PageToken), cancellationToken);
        }
        var shown = page.Items.Skip(search.Shown).Take(CardsPerReply).ToList();
        if (shown.Count == 0)
        {
            return isFirst ? NothingFound(state, page) : new TurnResult(state with { Step = ConversationSteps.SearchKeyword },
                new TextMessage("これ以上の結果はありません。別のキーワードを入力するか、下から選んでください。"), FollowUp(hasMore: false));
        }
        var next = search with { Shown = search.Shown + shown.Count };
        var hasMore = next.Shown < page.Items.Count || page.ContinuationToken is not null;
        var cards = new CardsMessage($"手続の検索結果（{page.Total}件）", [.. shown.Select(p => SearchCards.Result(p, place.Name))]);
        var heading = isFirst ? $"{place.Name}で{page.Total}件見つかりました。" : "続きです。";
        return new TurnResult(state with { Step = ConversationSteps.SearchKeyword, LastSearch = next },
            new TextMessage(heading), cards, FollowUp(hasMore));
    }

    private static TurnResult NothingFound(ConversationState state, ProcedureSearchResponse page)
    {
        var next = state with { Step = ConversationSteps.SearchKeyword, LastSearch = null };
        if (page.Suggestions.Count == 0)
        {
            return new TurnResult(next, new TextMessage("合う手続が見つかりませんでした。別のキーワードを入力するか、下から選んでください。"), FollowUp(hasMore: false));
        }
        return new TurnResult(next, new ChoicesMessage("合う手続が見つかりませんでした。こちらのキーワードはいかがですか。",
            [.. page.Suggestions.Take(ChoicesMessage.MaxChoices - 1).Select(s => Replies.Choice(SearchTexts.Label(s), BotActions.Keyword(s))),
                Replies.Choice("ホーム", BotActions.Home)]));
    }

    private static ChoicesMessage FollowUp(bool hasMore)
    {
        var choices = new List<Choice>();
        if (hasMore)
        {
            choices.Add(Replies.Choice("もっと見る", BotActions.More));
        }
        choices.Add(Replies.Choice("分類からさがす", BotActions.Categories));
        choices.Add(Replies.Choice("ライフイベントからさがす", BotActions.LifeEvents));
        choices.Add(Replies.Choice("市区町村を変更", BotActions.ChangeLocalGovernment));
        choices.Add(Replies.Choice("ホーム", BotActions.Home));
        return new ChoicesMessage("ほかのキーワードを入力することもできます。", choices);
    }

    private async Task<TurnResult> DetailAsync(string procedureId, ConversationState state, CancellationToken cancellationToken)
    {
        var detail = await portal.GetProcedureAsync(procedureId, state.LocalGovernment?.Code, cancellationToken);
        if (detail is null)
        {
            return Replies.Stale(state);
        }
        var placeName = state.LocalGovernment?.Name ?? "お住まいの市区町村";
        return new TurnResult(state with { Step = ConversationSteps.SearchKeyword },
            new CardsMessage($"{detail.Name}の詳細", [SearchCards.Detail(detail, placeName)]), FollowUp(hasMore: state.LastSearch is not null));
    }

    private static TurnResult Apply(ConversationState state) => new(
        state with { Step = ConversationSteps.SearchKeyword },
        Replies.LoginNeeded("申請"),
        FollowUp(hasMore: false));
}
