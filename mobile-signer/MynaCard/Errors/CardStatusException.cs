using MynaCard.Apdu;

namespace MynaCard.Errors;

/// <summary>The card answered, with a status other than success. Subtypes name the statuses callers act on.</summary>
public class CardStatusException(StatusWord status, string message) : Exception(message)
{
    public StatusWord Status { get; } = status;

    /// <summary>Turns a non-success status into its typed error; no status word is ever dropped.</summary>
    public static void ThrowIfError(ResponseApdu response, string operation)
    {
        var status = response.Status;
        if (status.IsSuccess)
        {
            return;
        }
        throw status switch
        {
            { IsTriesLeft: true, TriesLeft: 0 } => new PinBlockedException(status, operation),
            { IsTriesLeft: true } => new WrongPinException(status, operation),
            _ when status == StatusWord.ReferenceDataNotUsable || status == StatusWord.AuthenticationMethodBlocked
                => new PinBlockedException(status, operation),
            _ when status == StatusWord.SecurityStatusNotSatisfied => new SecurityStatusNotSatisfiedException(status, operation),
            _ when status == StatusWord.FileNotFound => new CardFileNotFoundException(status, operation),
            _ => new CardStatusException(status, $"{operation}: the card answered {status}."),
        };
    }
}
