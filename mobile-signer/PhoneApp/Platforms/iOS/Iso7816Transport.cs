#if IOS
using CoreNFC;
using Foundation;
using MynaCard.Apdu;
using MynaCard.Errors;
using MynaCard.Transport;

namespace PhoneApp.Platforms.iOS;

/// <summary>ICardTransport over Core NFC's ISO 7816 tag (the AIDs must be listed in Info.plist).</summary>
public sealed class Iso7816Transport(INFCIso7816Tag tag) : ICardTransport
{
    public bool SupportsExtendedLength => true;

    public Task<ResponseApdu> TransmitAsync(CommandApdu command, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<ResponseApdu>();
        var apdu = new NFCIso7816Apdu(NSData.FromArray(command.ToBytes()));
        tag.SendCommand(apdu, (data, sw1, sw2, error) =>
        {
            if (error is not null)
            {
                done.TrySetException(new CardRemovedException(error.LocalizedDescription));
                return;
            }
            done.TrySetResult(new ResponseApdu(data.ToArray(), new StatusWord(sw1, sw2)));
        });
        return done.Task.WaitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
#endif
