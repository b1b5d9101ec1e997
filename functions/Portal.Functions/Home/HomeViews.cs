using Portal.Contracts.Home;
using Portal.Domain.Home;
using Portal.Functions.Applications;
using Portal.Functions.Notices.Inbox;

namespace Portal.Functions.Home;

internal static class HomeViews
{
    public static HomeView View(HomeSummary summary) => new(
        [.. summary.Todo.Select(Todo)],
        summary.LatestNotices is { } latest && summary.UnreadNotices is { } unread
            ? new HomeNoticesView([.. latest.Select(NoticeInboxViews.Summary)], unread.Unread, unread.More)
            : null,
        summary.Applications?.Select(a => new HomeApplicationView(a.Application.Id, a.Application.ProcedureId, a.ProcedureName,
            a.Application.LocalGovernmentCode, ApplicationViews.Status(a.Application.Status), a.Application.CreatedAt)).ToList(),
        summary.ActingFor?.Select(p => new HomeActingForView(p.DelegationId, p.PrincipalName, p.Services, p.ValidUntil)).ToList(),
        summary.Unavailable);

    private static HomeTodoView Todo(HomeTodo todo) =>
        new(todo.Kind, todo.TargetId, todo.ProcedureId, todo.Title, todo.DueAt, todo.At, Link(todo));

    /// <summary>Where the resident goes from the item: the API path of what it is about.</summary>
    private static string Link(HomeTodo todo) => todo.Kind switch
    {
        HomeTodoKinds.Draft => $"/api/me/drafts/{todo.TargetId}",
        HomeTodoKinds.CorrectionRequested => $"/api/me/applications/{Uri.EscapeDataString(todo.TargetId ?? "")}",
        HomeTodoKinds.ImportantNotice => $"/api/me/notices/{todo.TargetId}",
        HomeTodoKinds.PublicFundsAccountInvalid => "/api/me/public-funds-account",
        HomeTodoKinds.CertificateExpiring => $"/api/procedures/{todo.ProcedureId}",
        _ => "/api/me/home",
    };
}
