namespace Portal.Domain.Accounts.Profile;

/// <summary>
/// What another feature keeps in step with the profile (the lookup index): run by <see cref="ProfileService"/> after
/// the account holds the new profile (or none), with the account as it was and as it is now.
/// </summary>
public interface IProfileChangeStep
{
    Task RunAsync(Account before, Account after, CancellationToken cancellationToken);
}
