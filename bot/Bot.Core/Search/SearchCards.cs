using Bot.Core.Actions;
using Bot.Core.Messages;
using Portal.Contracts.Procedures;

namespace Bot.Core.Search;

/// <summary>Procedures as channel-neutral cards: a result with 詳しく and 申請する, and the detail as the API gives it.</summary>
public static class SearchCards
{
    public static Card Result(ProcedureSummary procedure, string placeName) => new(
        procedure.Name,
        SearchTexts.Availability(procedure.Offering, placeName),
        [new CardField("概要", SearchTexts.Shorten(procedure.Summary, SearchTexts.SummaryLength))],
        [
            CardButton.ForAction("詳しく", BotActions.Detail(procedure.Id).ToString()),
            CardButton.ForAction("申請する", BotActions.Apply(procedure.Id).ToString()),
        ]);

    public static Card Detail(ProcedureDetailView procedure, string placeName)
    {
        var fields = new List<CardField>
        {
            new("概要", procedure.Summary),
            new("対象となる方", procedure.Eligibility),
            new("必要なもの", procedure.RequiredDocuments.Count == 0 ? "特にありません" : string.Join("、", procedure.RequiredDocuments)),
            new("手数料", procedure.Fee),
        };
        var offering = procedure.Offering;
        if (offering is not null)
        {
            fields.Add(new("申請方法", $"{offering.OfferedByName ?? placeName}：{SearchTexts.Methods(offering.Methods)}"));
            if (!string.IsNullOrWhiteSpace(offering.Contact))
            {
                fields.Add(new("問い合わせ先", offering.Contact));
            }
            if (!string.IsNullOrWhiteSpace(offering.Note))
            {
                fields.Add(new("備考", offering.Note));
            }
        }
        var buttons = new List<CardButton> { CardButton.ForAction("申請する", BotActions.Apply(procedure.Id).ToString()) };
        if (Uri.TryCreate(offering?.PageUrl, UriKind.Absolute, out var page) && page.Scheme == Uri.UriSchemeHttps)
        {
            buttons.Add(CardButton.ForLink("案内ページを開く", page));
        }
        return new Card(procedure.Name, SearchTexts.Availability(offering, placeName), fields, buttons);
    }
}
