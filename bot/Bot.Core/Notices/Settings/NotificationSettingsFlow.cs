using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;
using Portal.Contracts.Notices.Preferences;

namespace Bot.Core.Notices.Settings;

/// <summary>
/// 通知設定 in the chat: the setting in words (per category chat and e-mail, quiet hours, interests) and changing it in
/// a few taps — a category's or every category's channels, one of a few quiet hours or none, interests one by one.
/// Each change reads the setting, changes that one thing and saves the whole setting with If-Match (a change made
/// elsewhere meanwhile is read again and the same change applied once more). A save the portal refuses shows its
/// words and changes nothing. Needs a login; a login started here continues the same action by itself.
/// </summary>
public sealed class NotificationSettingsFlow(NotificationPreferencesPortalClient portal, LoginFlow login)
{
    /// <summary>A save that meets a change made elsewhere is tried once more on the fresh setting, then given up.</summary>
    private const int SaveAttempts = 2;

    public Task<TurnResult> HandleAsync(BotAction action, ConversationState state, CancellationToken cancellationToken) =>
        (action.Verb, action.Argument) switch
        {
            ("show", null) => ShowAsync(state, cancellationToken),
            ("categories", null) => ReadThenAsync(action, state, (s, p) => Turn(s, NotificationSettingsTexts.Categories(p.View)), cancellationToken),
            ("category", { } category) => ReadThenAsync(action, state, (s, p) => IsCategoryOf(category, p.View, orAll: true)
                ? Turn(s, NotificationSettingsTexts.ChannelChoices(category, p.View))
                : Replies.Stale(s), cancellationToken),
            ("quiet", null) => ReadThenAsync(action, state, (s, p) => Turn(s, NotificationSettingsTexts.QuietHoursChoices(p.View)), cancellationToken),
            ("interests", null) => ReadThenAsync(action, state, (s, p) => Turn(s, NotificationSettingsTexts.InterestChoices(p.View)), cancellationToken),
            ("channels", { } argument) => SetChannelsAsync(action, argument, state, cancellationToken),
            ("quiet-set", { } option) => SetQuietHoursAsync(action, option, state, cancellationToken),
            ("interest-on", { } category) => SetInterestAsync(action, category, true, state, cancellationToken),
            ("interest-off", { } category) => SetInterestAsync(action, category, false, state, cancellationToken),
            _ => Task.FromResult(Replies.Stale(state)),
        };

    public Task<TurnResult> ShowAsync(ConversationState state, CancellationToken cancellationToken) =>
        ReadThenAsync(NotificationSettingsActions.Show, state, (s, p) => Turn(s, NotificationSettingsTexts.Summary(p.View)), cancellationToken);

    private Task<TurnResult> SetChannelsAsync(BotAction action, string argument, ConversationState state, CancellationToken cancellationToken)
    {
        var (category, set) = argument.Split(':', 2) is [var c, var s] ? (c, s) : ("", "");
        if (PreferenceChannelSets.ChannelsOf(set) is not { } channels)
        {
            return Task.FromResult(Replies.Stale(state));
        }
        return ChangeAsync(action, state,
            view => IsCategoryOf(category, view, orAll: true)
                ? Update(view, channels: view.Channels.ToDictionary(
                    p => p.Key, p => category == PreferenceChannelSets.AllCategories || p.Key == category ? channels : p.Value))
                : null,
            saved => NotificationSettingsTexts.Summary(saved, NotificationSettingsTexts.Saved), cancellationToken);
    }

    private Task<TurnResult> SetQuietHoursAsync(BotAction action, string option, ConversationState state, CancellationToken cancellationToken)
    {
        var chosen = QuietHoursOptions.Find(option);
        if (chosen is null && option != QuietHoursOptions.Off)
        {
            return Task.FromResult(Replies.Stale(state));
        }
        return ChangeAsync(action, state,
            view => Update(view, quietHours: chosen is null ? null : new QuietHoursUpdate(chosen.Start, chosen.End), quietOff: chosen is null),
            saved => NotificationSettingsTexts.Summary(saved, NotificationSettingsTexts.Saved), cancellationToken);
    }

    /// <summary>Back to the interests after each one, so several are chosen in a row.</summary>
    private Task<TurnResult> SetInterestAsync(BotAction action, string category, bool on, ConversationState state, CancellationToken cancellationToken) =>
        ChangeAsync(action, state,
            view => IsCategoryOf(category, view, orAll: false)
                ? Update(view, interests: on ? [.. view.Interests.Append(category).Distinct()] : [.. view.Interests.Where(i => i != category)])
                : null,
            saved => NotificationSettingsTexts.InterestChoices(saved, NotificationSettingsTexts.Saved), cancellationToken);

    /// <summary>
    /// Reads the setting, applies <paramref name="change"/> (null: the button names what the setting does not have)
    /// and saves it under the ETag read.
    /// </summary>
    private async Task<TurnResult> ChangeAsync(
        BotAction action, ConversationState state, Func<NotificationPreferencesView, NotificationPreferencesUpdate?> change,
        Func<NotificationPreferencesView, OutgoingMessage> done, CancellationToken cancellationToken)
    {
        var intent = action.ToString();
        var check = await login.RequireLoginAsync(state, intent, cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        state = check.State with { Step = ConversationSteps.Idle };
        for (var attempt = 1; attempt <= SaveAttempts; attempt++)
        {
            var read = await portal.GetAsync(state.PortalSession!, cancellationToken);
            if (read.SessionRejected)
            {
                return (await login.LogInAgainAsync(state, intent, cancellationToken)).ToTurn();
            }
            if (read.Value is not { } current)
            {
                return new TurnResult(state, NotificationSettingsTexts.NotRead(read.Problem), Replies.Menu());
            }
            if (change(current.View) is not { } update)
            {
                return Replies.Stale(state);
            }
            var saved = await portal.PutAsync(state.PortalSession!, update, current.ETag, cancellationToken);
            if (saved.SessionRejected)
            {
                return (await login.LogInAgainAsync(state, intent, cancellationToken)).ToTurn();
            }
            if (saved.Value is { } stored)
            {
                return Turn(state, done(stored.View));
            }
            if (!saved.Changed)
            {
                return new TurnResult(state, NotificationSettingsTexts.NotSaved(saved.Problem!), NotificationSettingsTexts.Summary(current.View));
            }
        }
        return Turn(state, NotificationSettingsTexts.ChangedElsewhere);
    }

    /// <summary>Logs in if needed, reads the setting and answers with <paramref name="then"/>.</summary>
    private async Task<TurnResult> ReadThenAsync(
        BotAction action, ConversationState state, Func<ConversationState, StoredPreferences, TurnResult> then, CancellationToken cancellationToken)
    {
        var intent = action.ToString();
        var check = await login.RequireLoginAsync(state, intent, cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        state = check.State with { Step = ConversationSteps.Idle };
        var read = await portal.GetAsync(state.PortalSession!, cancellationToken);
        if (read.SessionRejected)
        {
            return (await login.LogInAgainAsync(state, intent, cancellationToken)).ToTurn();
        }
        return read.Value is { } current
            ? then(state, current)
            : new TurnResult(state, NotificationSettingsTexts.NotRead(read.Problem), Replies.Menu());
    }

    private static bool IsCategoryOf(string category, NotificationPreferencesView view, bool orAll) =>
        view.Channels.ContainsKey(category) || (orAll && category == PreferenceChannelSets.AllCategories);

    /// <summary>The whole setting as read, with one part replaced.</summary>
    private static NotificationPreferencesUpdate Update(
        NotificationPreferencesView view, IReadOnlyDictionary<string, IReadOnlyList<string>>? channels = null,
        IReadOnlyList<string>? interests = null, QuietHoursUpdate? quietHours = null, bool quietOff = false) => new(
        (channels ?? view.Channels).ToDictionary(p => p.Key, p => (IReadOnlyList<string>?)p.Value),
        interests ?? view.Interests,
        quietOff ? null : quietHours ?? (view.QuietHours is { } q ? new QuietHoursUpdate(q.Start, q.End) : null));

    private static TurnResult Turn(ConversationState state, OutgoingMessage reply) => new(state, reply);
}
