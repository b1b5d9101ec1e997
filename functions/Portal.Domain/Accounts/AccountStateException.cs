using Portal.Domain.Errors;

namespace Portal.Domain.Accounts;

/// <summary>The account is not in the state the operation needs: registering twice, or settings before registration.</summary>
public sealed class AccountStateException(string state, string required)
    : PortalException($"The account is {state}; this needs {required}.")
{
    public string State { get; } = state;

    /// <summary>The state the operation needs (one of <see cref="AccountStates"/>).</summary>
    public string Required { get; } = required;
}
