namespace Portal.Domain.Procedures.LocalGovernments;

/// <summary>
/// A local government (地方公共団体): a prefecture, a municipality, or a ward of a designated city (政令指定都市の行政区).
/// Reference data from the CC0 list in the repository (see its SOURCE.md), loaded at start, not stored per request.
/// </summary>
/// <param name="Code">全国地方公共団体コード, 6 digits with the check digit (validated on load).</param>
/// <param name="Name">As written, without the CSV's space: "札幌市中央区", "荒川区", "北海道".</param>
/// <param name="Kana">Hiragana reading without spaces: "さっぽろしちゅうおうく".</param>
/// <param name="PrefectureCode">The prefecture's 6-digit code ("010006" for 北海道); its own code for a prefecture.</param>
/// <param name="ParentCode">For a ward of a designated city, the city's code (its offerings cover the ward); else null.</param>
/// <param name="Kind">One of <see cref="LocalGovernmentKinds"/>.</param>
/// <param name="WebSite">The body's own site.</param>
public sealed record LocalGovernment(
    string Code, string Name, string Kana, string PrefectureCode, string PrefectureName, string? ParentCode, string Kind, string? WebSite);
