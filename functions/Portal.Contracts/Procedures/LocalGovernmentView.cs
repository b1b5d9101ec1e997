namespace Portal.Contracts.Procedures;

/// <summary>A local government: a prefecture, municipality, special ward or designated-city ward.</summary>
/// <param name="Kind">"prefecture", "designated-city", "ward", "special-ward" or "municipality".</param>
/// <param name="ParentCode">For a ward, its designated city (which offers its municipal procedures).</param>
public sealed record LocalGovernmentView(
    string Code, string Name, string Kana, string PrefectureCode, string PrefectureName, string Kind, string? ParentCode);
