using Portal.Contracts.Procedures;

namespace Bot.Core.Search;

/// <summary>How search results read: place names, application methods, shortened summaries.</summary>
public static class SearchTexts
{
    public const int SummaryLength = 60;

    /// <summary>"荒川区（東京都）"; a prefecture by its name alone.</summary>
    public static string PlaceName(LocalGovernmentView place) =>
        place.Kind == "prefecture" ? place.Name : $"{place.Name}（{place.PrefectureName}）";

    public static string Methods(IEnumerable<string> methods) => string.Join("・", methods.Select(m => m switch
    {
        "online" => "オンライン",
        "mail" => "郵送",
        "counter" => "窓口",
        _ => m,
    }));

    /// <summary>One line on how this place takes the procedure.</summary>
    public static string Availability(OfferingView? offering, string placeName)
    {
        if (offering is null)
        {
            return $"{placeName}での受付の情報はありません";
        }
        var body = offering.OfferedByName ?? placeName;
        return offering.Online ? $"{body}：オンラインで申請できます" : $"{body}：{Methods(offering.Methods)}で受付（オンライン不可）";
    }

    public static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    /// <summary>A choice label within the channels' limit.</summary>
    public static string Label(string text) => Shorten(text, Messages.ChoicesMessage.MaxLabelLength);
}
