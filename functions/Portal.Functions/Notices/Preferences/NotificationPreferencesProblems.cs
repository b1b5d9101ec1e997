using Functions.Http.Problems;

namespace Portal.Functions.Notices.Preferences;

/// <summary>通知設定's fields as residents read them in an invalid-input problem.</summary>
public static class NotificationPreferencesProblems
{
    public static void Register(ProblemMappings problems)
    {
        problems
            .Name("channels", "分類ごとの通知方法")
            .Name("interests", "関心のある分類")
            .Name("quietHours.start", "通知を控える時間帯の開始時刻（HH:mm）")
            .Name("quietHours.end", "通知を控える時間帯の終了時刻（HH:mm、開始と異なる時刻）");
        foreach (var (category, label) in Portal.Domain.Notices.NoticeCategories.Labels)
        {
            problems.Name($"channels.{category}", $"「{label}」の通知方法（email・chat）");
        }
    }
}
