using Bot.Core.Actions;
using Bot.Core.Applications;
using Bot.Core.Exchanges;
using Bot.Core.Forms;
using Bot.Core.Information;
using Bot.Core.LinkedSites;
using Bot.Core.LookupConsent;
using Bot.Core.Menu;
using Bot.Core.Messages;
using Bot.Core.Notices;
using Bot.Core.Notices.Settings;
using Bot.Core.Proxies.Acting;
using Bot.Core.Proxies.Appointing;
using Bot.Core.PublicFundsAccounts;
using Bot.Core.Registration;
using Bot.Core.Search;
using Bot.Core.Sessions;

namespace Bot.Core.Conversations;

/// <summary>
/// Decides what a message means: a pressed action goes to its feature; typed text is a menu word or whatever the
/// current step asked for. Anything else gets a helpful answer and the menu, never silence.
/// </summary>
public sealed class TurnRouter(SearchFlow search, FormFlow forms, RegistrationFlow registration, StatusFlow status, SessionFlow sessions,
    NoticeFlow notices, NotificationSettingsFlow notificationSettings, InformationFlow information, ExchangeFlow exchanges,
    LookupConsentFlow lookupConsent, LinkedSiteFlow linkedSites, AppointingFlow appointing, AppointmentFormFlow appointmentForm,
    ActingFlow acting, Home.HomeFlow home, PublicFundsAccountFlow publicFundsAccounts)
{
    public Task<TurnResult> RunAsync(IncomingMessage message, ConversationState state, CancellationToken cancellationToken)
    {
        if (state.ProxyAppointment is not null && !AppointmentFormFlow.Continues(message, state))
        {
            // The typed name and date of birth are kept no longer than the form: turning to anything else forgets them.
            state = state with { ProxyAppointment = null, Step = state.Step == ConversationSteps.ProxyAppointment ? ConversationSteps.Idle : state.Step };
        }
        if (!string.IsNullOrEmpty(message.Action))
        {
            var pressed = BotAction.TryParse(message.Action);
            if (ActingFlow.Refuses(pressed, state))
            {
                return Task.FromResult(ActingFlow.NotWhileActing(state));
            }
            return pressed switch
            {
                { Feature: ActingActions.Feature } action => acting.HandleAsync(action, state, cancellationToken),
                { Feature: Home.HomeActions.Feature } action => home.HandleAsync(action, state, cancellationToken),
                { Feature: BotActions.Menu, Verb: "todo" } => forms.TodoAsync(state, cancellationToken),
                { Feature: BotActions.Search, Verb: "apply" } apply => forms.StartAsync(apply.Argument, state, cancellationToken),
                { Feature: FormActions.Feature } action => forms.HandleAsync(action, state, cancellationToken),
                { Feature: BotActions.Menu, Verb: "search" } => search.StartAsync(state, cancellationToken),
                { Feature: RegistrationActions.Feature } action => registration.HandleAsync(action, state, cancellationToken),
                { Feature: StatusActions.Feature } action => status.HandleAsync(action, state, cancellationToken),
                { Feature: SessionActions.Feature } action => sessions.HandleAsync(action, state, cancellationToken),
                { Feature: NoticeActions.Feature } action => notices.HandleAsync(action, state, cancellationToken),
                { Feature: InformationActions.Feature } action => information.HandleAsync(action, state, message.User.Channel, cancellationToken),
                { Feature: ExchangeActions.Feature } action => exchanges.HandleAsync(action, state, message.User.Channel, cancellationToken),
                { Feature: NotificationSettingsActions.Feature } action => notificationSettings.HandleAsync(action, state, cancellationToken),
                { Feature: LookupConsentActions.Feature } action => lookupConsent.HandleAsync(action, state, cancellationToken),
                { Feature: LinkedSiteActions.Feature } action => linkedSites.HandleAsync(action, state, cancellationToken),
                { Feature: AppointingActions.Feature } action when AppointmentFormFlow.Continues(message, state) || action.Verb == "start" =>
                    appointmentForm.HandleAsync(action, state, cancellationToken),
                { Feature: AppointingActions.Feature } action => appointing.HandleAsync(action, state, cancellationToken),
                { Feature: PublicFundsAccountActions.Feature } action => publicFundsAccounts.HandleAsync(action, state, cancellationToken),
                { Feature: BotActions.Menu } menu => MenuFlow.HandleAsync(menu, state),
                { Feature: BotActions.Search } action => search.HandleAsync(action, state, cancellationToken),
                _ => Task.FromResult(Replies.Stale(state)),
            };
        }
        var text = message.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            return Task.FromResult(Replies.NotUnderstood(state));
        }
        if (AppointmentFormFlow.Takes(state) && !MenuFlow.IsMenuWord(text))
        {
            return appointmentForm.TextAsync(text, state, cancellationToken);
        }
        if (FormFlow.Takes(state, text))
        {
            return forms.TextAsync(text, state, cancellationToken);
        }
        if (PublicFundsAccountTexts.LooksLikeAccountNumber(text))
        {
            // An account number typed where no form question took it (a postal code is 7 digits too): neither kept nor echoed.
            return Task.FromResult(PublicFundsAccountFlow.NumberTyped(state));
        }
        if (ActingFlow.IsActing(state) && IsOwnOnlyWord(text))
        {
            return Task.FromResult(ActingFlow.NotWhileActing(state));
        }
        if (ActingTexts.IsActWord(text))
        {
            return acting.AskAsync(state, cancellationToken);
        }
        if (ActingTexts.IsBackWord(text))
        {
            return Task.FromResult(ActingFlow.BackToSelf(state));
        }
        if (MenuFlow.IsMenuWord(text))
        {
            return Task.FromResult(MenuFlow.Home(state));
        }
        if (MenuFlow.IsTodoWord(text))
        {
            return forms.TodoAsync(state, cancellationToken);
        }
        if (StatusFlow.IsStatusWord(text))
        {
            return status.ListAsync(state, more: false, cancellationToken);
        }
        if (NoticeTexts.IsNoticesWord(text))
        {
            return notices.ListAsync(state, unreadOnly: false, cancellationToken);
        }
        if (InformationTexts.IsInformationWord(text))
        {
            return information.StartAsync(state, cancellationToken);
        }
        if (ExchangeTexts.IsExchangesWord(text))
        {
            return exchanges.StartAsync(state, cancellationToken);
        }
        if (NotificationSettingsTexts.IsSettingsWord(text))
        {
            return notificationSettings.ShowAsync(state, cancellationToken);
        }
        if (LookupConsentTexts.IsLookupWord(text))
        {
            return lookupConsent.ShowAsync(state, cancellationToken);
        }
        if (PublicFundsAccountTexts.IsAccountWord(text))
        {
            return publicFundsAccounts.ShowAsync(state, cancellationToken);
        }
        if (LinkedSiteTexts.IsLinkedSitesWord(text))
        {
            return linkedSites.ListAsync(state, cancellationToken);
        }
        if (AppointingTexts.IsProxiesWord(text))
        {
            return appointing.WordAsync(text, state, cancellationToken);
        }
        if (SessionTexts.IsAccountWord(text))
        {
            return text == "アカウント" ? Task.FromResult(SessionFlow.MenuOf(state)) : sessions.ListAsync(state, cancellationToken);
        }
        if (SearchFlow.IsSearchWord(text))
        {
            return search.StartAsync(state, cancellationToken);
        }
        if (SearchFlow.IsChangeLocalGovernmentWord(text))
        {
            return Task.FromResult(SearchFlow.ChangeLocalGovernment(state));
        }
        return state.Step switch
        {
            ConversationSteps.SearchLocalGovernment => search.FindLocalGovernmentAsync(text, state, cancellationToken),
            ConversationSteps.SearchKeyword => search.KeywordAsync(text, state, cancellationToken),
            _ when ExchangeFlow.Takes(state) => exchanges.TextAsync(text, state, message.User.Channel, cancellationToken),
            _ when InformationFlow.Takes(state) => information.TextAsync(text, state, message.User.Channel, cancellationToken),
            _ when RegistrationSteps.Contains(state.Step) => registration.TextAsync(text, state, cancellationToken),
            _ => Task.FromResult(Replies.NotUnderstood(state)),
        };
    }

    /// <summary>Typed words of the account's own items (アカウント and what hangs under it).</summary>
    private static bool IsOwnOnlyWord(string text) =>
        SessionTexts.IsAccountWord(text) || LinkedSiteTexts.IsLinkedSitesWord(text) || LookupConsentTexts.IsLookupWord(text)
        || NotificationSettingsTexts.IsSettingsWord(text) || AppointingTexts.IsProxiesWord(text);
}
