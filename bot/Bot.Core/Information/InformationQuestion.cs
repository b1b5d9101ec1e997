namespace Bot.Core.Information;

/// <summary>The category chosen while わたしの情報 asks for the 確認対象日 or a period.</summary>
public sealed record InformationQuestion(string CategoryId, string CategoryName);
