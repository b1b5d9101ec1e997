namespace Portal.Domain.Procedures.Catalog;

/// <summary>The national agencies the procedure templates name (<c>nationalAgencyId</c>).</summary>
public static class NationalAgencies
{
    public static IReadOnlyList<NationalAgency> All { get; } =
    [
        new("digital", "デジタル庁", "https://www.digital.go.jp/", "マイナンバー総合フリーダイヤル"),
        new("isa", "出入国在留管理庁", "https://www.moj.go.jp/isa/", "外国人在留総合インフォメーションセンター"),
        new("jlis", "地方公共団体情報システム機構", "https://www.j-lis.go.jp/", "マイナンバーカード総合フリーダイヤル"),
        new("mhlw", "厚生労働省", "https://www.mhlw.go.jp/", "マイナンバー総合フリーダイヤル（マイナ保険証）"),
        new("mlit", "国土交通省", "https://www.mlit.go.jp/", "運輸支局 登録窓口"),
        new("mofa", "外務省", "https://www.mofa.go.jp/mofaj/", "領事局 海外邦人安全課"),
        new("moj", "法務省（法務局）", "https://houmukyoku.moj.go.jp/", "法務局 登記・供託オンライン申請システム ヘルプデスク"),
        new("nenkin", "日本年金機構", "https://www.nenkin.go.jp/", "ねんきんダイヤル"),
        new("nta", "国税庁", "https://www.nta.go.jp/", "e-Tax・作成コーナー ヘルプデスク"),
    ];

    private static readonly Dictionary<string, NationalAgency> ById = All.ToDictionary(a => a.Id, StringComparer.Ordinal);

    public static NationalAgency? Find(string? id) => id is not null && ById.TryGetValue(id, out var agency) ? agency : null;
}
