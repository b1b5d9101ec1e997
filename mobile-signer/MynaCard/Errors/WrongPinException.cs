using MynaCard.Apdu;

namespace MynaCard.Errors;

/// <summary>63 Cx with x &gt; 0: the PIN was wrong; <see cref="TriesLeft"/> more tries before it is blocked.</summary>
public sealed class WrongPinException(StatusWord status, string operation)
    : CardStatusException(status, $"{operation}: wrong PIN, {status.TriesLeft} tries left.")
{
    public int TriesLeft => Status.TriesLeft;
}
