namespace Portal.Functions.Tests.Notices.Agency;

/// <summary>Request bodies for the agency notice API, valid unless a test changes a field.</summary>
public static class NoticeBodies
{
    public static Dictionary<string, object?> Everyone(string title = "子宮頸がん検診のお知らせ") => new()
    {
        ["title"] = title,
        ["body"] = "今年度の検診が始まりました。\n\n詳しくは https://www.city.chiyoda.lg.jp/koho/kenko/ をご覧ください。",
        ["category"] = "health",
        ["importance"] = "normal",
        ["expiresAt"] = DateTimeOffset.UtcNow.AddDays(30),
        ["audience"] = new Dictionary<string, object?> { ["kind"] = "everyone" },
    };

    public static Dictionary<string, object?> Scheduled(string title = "防災訓練のお知らせ")
    {
        var body = Everyone(title);
        body["category"] = "disaster";
        body["publishAt"] = DateTimeOffset.UtcNow.AddDays(2);
        body["expiresAt"] = DateTimeOffset.UtcNow.AddDays(10);
        return body;
    }

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value)
    {
        var copy = new Dictionary<string, object?>(body) { [field] = value };
        return copy;
    }

    public static string NewKey() => Guid.NewGuid().ToString("N");
}
