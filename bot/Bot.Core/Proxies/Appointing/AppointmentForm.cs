namespace Bot.Core.Proxies.Appointing;

/// <summary>
/// 代理人を指定する / 代理人になる being filled in the chat: the other person as on their card, the kind, services,
/// categories and last day, and the question asked now. The name and date of birth are sealed in the stored
/// conversation (<see cref="Conversations.ConversationSecrets"/>) and the whole form is dropped once it is sent, quit,
/// or the resident turns to anything else (<see cref="AppointmentFormFlow.Continues"/>).
/// </summary>
public sealed record AppointmentForm
{
    /// <summary>The starter's side: <see cref="DelegationRoles.Principal"/> names the proxy, <see cref="DelegationRoles.Proxy"/> the principal.</summary>
    public required string Role { get; init; }

    /// <summary>What is asked now (<see cref="AppointmentQuestions"/>).</summary>
    public string Asking { get; init; } = AppointmentQuestions.Name;

    public string? Name { get; init; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? DateOfBirth { get; init; }

    /// <summary>voluntary, or a legal basis (parental-authority, minor-guardian, adult-guardian).</summary>
    public string? Kind { get; init; }

    public IReadOnlyList<string> Services { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The last day, yyyy-MM-dd (inclusive).</summary>
    public string? ValidUntil { get; init; }
}
