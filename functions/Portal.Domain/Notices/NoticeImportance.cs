namespace Portal.Domain.Notices;

/// <summary>通常 / 重要, as stable strings.</summary>
public static class NoticeImportance
{
    public const string Normal = "normal";

    public const string Important = "important";

    public static IReadOnlyList<string> All { get; } = [Normal, Important];
}
