#if ANDROID
using Android.Nfc.Tech;
using MynaCard.Apdu;
using MynaCard.Errors;
using MynaCard.Transport;

namespace PhoneApp.Platforms.Android;

/// <summary>ICardTransport over Android's ISO-DEP (NFC type B, as the My Number card is).</summary>
public sealed class IsoDepTransport : ICardTransport
{
    private readonly IsoDep _isoDep;

    public IsoDepTransport(IsoDep isoDep)
    {
        _isoDep = isoDep;
        _isoDep.Connect();
        // RSA-2048 signing on the card takes longer than the default transceive timeout.
        _isoDep.Timeout = 5000;
    }

    public bool SupportsExtendedLength => _isoDep.IsExtendedLengthApduSupported;

    public async Task<ResponseApdu> TransmitAsync(CommandApdu command, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Task.Run(() => _isoDep.Transceive(command.ToBytes()), cancellationToken);
            return ResponseApdu.Parse(response!);
        }
        catch (Java.IO.IOException e)
        {
            throw new CardRemovedException("The card left the NFC field.", e);
        }
    }

    public ValueTask DisposeAsync()
    {
        _isoDep.Close();
        return ValueTask.CompletedTask;
    }
}
#endif
