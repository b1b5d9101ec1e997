using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Forms;
using Bot.Core.Information;
using Bot.Core.Login;
using Bot.Core.Menu;
using Bot.Core.Messages;
using Portal.Contracts.Information;
using Portal.Contracts.Proxies;

namespace Bot.Core.Proxies.Appointing;

/// <summary>
/// 代理人を指定する (principal first) and 代理人になる（委任を受ける） (proxy first) as a short guided form: the other
/// person's name and date of birth (typed; 和暦 or 西暦), the kind, the services and わたしの情報's categories (buttons
/// that toggle), the last day, then a summary and the portal's <c>POST</c>. The answer's card request is shown as a
/// signing link is; the form is forgotten once sent, refused or quit. The starter's own name is never asked: the portal
/// takes it from their 利用者情報. The period starts today (Japan).
/// </summary>
public sealed class AppointmentFormFlow(ProxiesPortalClient portal, InformationPortalClient information, LoginFlow login, TimeProvider time)
{
    private const int MaxNameLength = 100;

    /// <summary>Typed text answers the form's name, date of birth or last day.</summary>
    public static bool Takes(ConversationState state) =>
        state.Step == ConversationSteps.ProxyAppointment && state.ProxyAppointment is { } form && AppointmentQuestions.IsTyped(form.Asking);

    /// <summary>
    /// Whether this message goes on with the form; anything else drops it (and the name and date of birth with it), so
    /// they stay no longer than the form needs.
    /// </summary>
    public static bool Continues(IncomingMessage message, ConversationState state) =>
        string.IsNullOrEmpty(message.Action)
            ? state.Step == ConversationSteps.ProxyAppointment && !MenuFlow.IsMenuWord(message.Text?.Trim() ?? "")
            : BotAction.TryParse(message.Action) is
            {
                Feature: AppointingActions.Feature,
                Verb: "kind" or "service" or "services-done" or "group" or "groups" or "category" or "categories-done" or "submit" or "quit",
            };

    public Task<TurnResult> HandleAsync(BotAction action, ConversationState state, CancellationToken cancellationToken)
    {
        if (action is { Verb: "start", Argument: DelegationRoles.Principal or DelegationRoles.Proxy })
        {
            return StartAsync(state, action.Argument, cancellationToken);
        }
        if (action is { Verb: "quit", Argument: null })
        {
            return Task.FromResult(new TurnResult(Forget(state), AppointmentFormTexts.Quit));
        }
        if (state.ProxyAppointment is not { } form)
        {
            return Task.FromResult(Replies.Stale(state));
        }
        return (form.Asking, action.Verb, action.Argument) switch
        {
            (AppointmentQuestions.Kind, "kind", { } kind) when DelegationLabels.Kinds.Contains(kind) =>
                Ask(state, form with { Kind = kind, Asking = AppointmentQuestions.Services }, AppointmentFormTexts.AskServices(form with { Kind = kind })),
            (AppointmentQuestions.Services, "service", { } service) when DelegationLabels.Services.Contains(service) =>
                ToggledService(state, form with { Services = Toggle(form.Services, service) }),
            (AppointmentQuestions.Services, "services-done", null) => ServicesDoneAsync(state, form, cancellationToken),
            (AppointmentQuestions.Categories, "groups", null) => GroupsAsync(state, form, null, cancellationToken),
            (AppointmentQuestions.Categories, "group", { } group) => CategoriesAsync(state, form, group, null, cancellationToken),
            (AppointmentQuestions.Categories, "category", { } category) => CategoriesAsync(state, form, null, category, cancellationToken),
            (AppointmentQuestions.Categories, "categories-done", null) => form.Categories.Count == 0
                ? GroupsAsync(state, form, AppointmentFormTexts.NoCategory, cancellationToken)
                : Ask(state, form with { Asking = AppointmentQuestions.ValidUntil }, AppointmentFormTexts.AskValidUntil(form)),
            (AppointmentQuestions.Review, "submit", null) => SubmitAsync(state, form, cancellationToken),
            _ => Task.FromResult(Replies.Stale(Forget(state))),
        };
    }

    public async Task<TurnResult> TextAsync(string text, ConversationState state, CancellationToken cancellationToken)
    {
        var form = state.ProxyAppointment!;
        switch (form.Asking)
        {
            case AppointmentQuestions.Name:
                return text.Length > MaxNameLength
                    ? new TurnResult(state, AppointmentFormTexts.NameTooLong, AppointmentFormTexts.AskName(form.Role))
                    : await Ask(state, form with { Name = text, Asking = AppointmentQuestions.DateOfBirth }, AppointmentFormTexts.AskDateOfBirth(form.Role));
            case AppointmentQuestions.DateOfBirth:
                return JapaneseDates.TryParse(text, out var born)
                    ? await Ask(state, form with { DateOfBirth = JapaneseDates.Iso(born), Asking = AppointmentQuestions.Kind }, AppointmentFormTexts.AskKind)
                    : new TurnResult(state, AppointmentFormTexts.DateNotRead, AppointmentFormTexts.AskDateOfBirth(form.Role));
            default:
                if (!JapaneseDates.TryParse(text, out var last))
                {
                    return new TurnResult(state, AppointmentFormTexts.DateNotRead, AppointmentFormTexts.AskValidUntil(form));
                }
                var reviewed = form with { ValidUntil = JapaneseDates.Iso(last), Asking = AppointmentQuestions.Review };
                var names = await CategoryNamesAsync(reviewed, cancellationToken);
                return new TurnResult(state with { ProxyAppointment = reviewed, Step = ConversationSteps.Idle },
                    AppointmentFormTexts.Review(reviewed, Today(), names));
        }
    }

    private async Task<TurnResult> StartAsync(ConversationState state, string role, CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(Forget(state), AppointingActions.Menu.ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        var form = new AppointmentForm { Role = role };
        return new TurnResult(check.State with { ProxyAppointment = form, Step = ConversationSteps.ProxyAppointment },
            AppointmentFormTexts.Opening(role), AppointmentFormTexts.AskName(role));
    }

    private static Task<TurnResult> ToggledService(ConversationState state, AppointmentForm form) =>
        Ask(state, form, AppointmentFormTexts.AskServices(form));

    private Task<TurnResult> ServicesDoneAsync(ConversationState state, AppointmentForm form, CancellationToken cancellationToken)
    {
        if (form.Services.Count == 0)
        {
            return Ask(state, form, AppointmentFormTexts.AskServices(form, AppointmentFormTexts.NoService));
        }
        return form.Services.Contains("information")
            ? GroupsAsync(state, form with { Asking = AppointmentQuestions.Categories }, null, cancellationToken)
            : Ask(state, form with { Categories = [], Asking = AppointmentQuestions.ValidUntil }, AppointmentFormTexts.AskValidUntil(form));
    }

    private async Task<TurnResult> GroupsAsync(ConversationState state, AppointmentForm form, string? lead, CancellationToken cancellationToken)
    {
        var catalogue = await information.CatalogueAsync(cancellationToken);
        OutgoingMessage[] replies = lead is null
            ? [AppointmentFormTexts.AskGroups(form, catalogue)]
            : [new TextMessage(lead), AppointmentFormTexts.AskGroups(form, catalogue)];
        return new TurnResult(state with { ProxyAppointment = form, Step = ConversationSteps.ProxyAppointment }, replies);
    }

    /// <summary>A group's categories; a pressed category is toggled first (one the catalogue does not know is stale).</summary>
    private async Task<TurnResult> CategoriesAsync(
        ConversationState state, AppointmentForm form, string? group, string? category, CancellationToken cancellationToken)
    {
        var catalogue = await information.CatalogueAsync(cancellationToken);
        if (category is not null)
        {
            if (catalogue.Categories.FirstOrDefault(c => c.Id == category) is not { } found)
            {
                return Replies.Stale(Forget(state));
            }
            form = form with { Categories = Toggle(form.Categories, category) };
            group = found.Group;
        }
        if (!catalogue.Groups.Any(g => g.Id == group))
        {
            return Replies.Stale(Forget(state));
        }
        return new TurnResult(state with { ProxyAppointment = form, Step = ConversationSteps.ProxyAppointment },
            AppointmentFormTexts.AskCategories(form, catalogue, group!));
    }

    /// <summary>Sends the terms once; whatever the portal answers, the form (and the typed name) is forgotten.</summary>
    private async Task<TurnResult> SubmitAsync(ConversationState state, AppointmentForm form, CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(Forget(state), AppointingActions.Menu.ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        state = check.State;
        var kind = form.Kind == DelegationLabels.Voluntary ? DelegationLabels.Voluntary : "legal";
        var request = new AppointmentRequest(form.Name, form.DateOfBirth, kind, kind == "legal" ? form.Kind : null, form.Services,
            form.Services.Contains("information") ? form.Categories : [], Today(), form.ValidUntil);
        var started = await portal.StartAsync(state.PortalSession!, form.Role, request, cancellationToken);
        if (started.SessionRejected)
        {
            return (await login.LogInAgainAsync(state, AppointingActions.Menu.ToString(), cancellationToken)).ToTurn();
        }
        return started.Value is { } value
            ? new TurnResult(state, AppointmentFormTexts.Started(value, form.Role))
            : new TurnResult(state, AppointmentFormTexts.NotStarted(started.Problem, form.Role));
    }

    private static Task<TurnResult> Ask(ConversationState state, AppointmentForm form, OutgoingMessage question) =>
        Task.FromResult(new TurnResult(state with { ProxyAppointment = form, Step = ConversationSteps.ProxyAppointment }, question));

    private async Task<IReadOnlyDictionary<string, string>> CategoryNamesAsync(AppointmentForm form, CancellationToken cancellationToken)
    {
        if (form.Categories.Count == 0)
        {
            return new Dictionary<string, string>();
        }
        var catalogue = await information.CatalogueAsync(cancellationToken);
        return catalogue.Categories.DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
    }

    private static IReadOnlyList<string> Toggle(IReadOnlyList<string> chosen, string value) =>
        chosen.Contains(value) ? [.. chosen.Where(v => v != value)] : [.. chosen, value];

    private static ConversationState Forget(ConversationState state) => state with
    {
        ProxyAppointment = null,
        Step = state.Step == ConversationSteps.ProxyAppointment ? ConversationSteps.Idle : state.Step,
    };

    private string Today() => JapaneseDates.Iso(DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime));
}
