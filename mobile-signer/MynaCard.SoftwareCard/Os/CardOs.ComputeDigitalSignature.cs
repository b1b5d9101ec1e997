using MynaCard.Apdu;

namespace MynaCard.SoftwareCard.Os;

internal sealed partial class CardOs
{
    /// <summary>
    /// COMPUTE DIGITAL SIGNATURE <c>80 2A 00 80 Lc data Le</c> with the current key EF, once its PIN is verified:
    /// PKCS#1 v1.5 padding of the data as given (normally a DigestInfo), then RSA; 256 bytes for RSA-2048. An Le
    /// below the signature's length is 6C xx with the right one.
    /// </summary>
    private ResponseApdu ComputeDigitalSignature(CommandApdu command)
    {
        if (command.P1 != 0x00 || command.P2 != 0x80)
        {
            return ResponseApdu.Error(StatusWord.IncorrectP1P2);
        }
        if (command.Data.IsEmpty || command.Ne is null)
        {
            return ResponseApdu.Error(StatusWord.WrongLength);
        }
        if (currentFile is not KeyFile key)
        {
            return ResponseApdu.Error(StatusWord.NoCurrentElementaryFile);
        }
        if (!key.Pin.Verified)
        {
            return ResponseApdu.Error(StatusWord.SecurityStatusNotSatisfied);
        }
        if (command.Data.Length > key.Key.MaxInputLength)
        {
            return ResponseApdu.Error(StatusWord.WrongLength);
        }
        if (command.Ne < key.Key.Length)
        {
            return ResponseApdu.Error(Sw.WrongLe(key.Key.Length));
        }
        return ResponseApdu.Ok(key.Key.Sign(command.Data.Span));
    }
}
