using Portal.Domain.Errors;

namespace Portal.Domain.Accounts.Confirmation;

/// <summary>A confirmation code was refused. Nothing changed but, for <see cref="ConfirmationRefusal.Incorrect"/>, the attempt count.</summary>
public sealed class ConfirmationRefusedException(ConfirmationRefusal refusal, int remainingAttempts)
    : PortalException($"The confirmation code was refused ({refusal}); {remainingAttempts} attempts remain.")
{
    public ConfirmationRefusal Refusal { get; } = refusal;

    public int RemainingAttempts { get; } = remainingAttempts;
}
