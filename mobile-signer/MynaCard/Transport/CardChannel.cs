using MynaCard.Apdu;
using MynaCard.Errors;

namespace MynaCard.Transport;

/// <summary>
/// The applets' way to the card: counts every APDU and byte, and completes ISO 7816-4 response chaining
/// (61 xx → GET RESPONSE, 6C xx → resend with the right Le) so that the applets see one whole response.
/// </summary>
public sealed class CardChannel(ICardTransport transport)
{
    private const byte GetResponse = 0xC0;

    /// <summary>A broken or hostile card must not keep the reader in a GET RESPONSE loop for ever.</summary>
    private const int MaxResponseChunks = 64;

    public ExchangeCounters Counters { get; private set; } = ExchangeCounters.Zero;

    public bool SupportsExtendedLength => transport.SupportsExtendedLength;

    public async Task<ResponseApdu> TransmitAsync(CommandApdu command, CancellationToken cancellationToken)
    {
        var response = await SendAsync(command, cancellationToken);
        if (response.Status.IsWrongLe)
        {
            var corrected = new CommandApdu(command.Cla, command.Ins, command.P1, command.P2, command.Data,
                response.Status.Sw2 == 0 ? CommandApdu.MaxShortNe : response.Status.Sw2);
            response = await SendAsync(corrected, cancellationToken);
        }
        if (!response.Status.IsMoreDataAvailable)
        {
            return response;
        }
        var data = new List<byte>(response.Data.ToArray());
        for (var chunks = 0; response.Status.IsMoreDataAvailable; chunks++)
        {
            if (chunks == MaxResponseChunks)
            {
                throw new CardFormatException($"The card chained more than {MaxResponseChunks} GET RESPONSE answers.");
            }
            var ne = response.Status.Sw2 == 0 ? CommandApdu.MaxShortNe : response.Status.Sw2;
            response = await SendAsync(new CommandApdu(0x00, GetResponse, 0, 0, ne: ne), cancellationToken);
            data.AddRange(response.Data.ToArray());
        }
        return new ResponseApdu(data.ToArray(), response.Status);
    }

    private async Task<ResponseApdu> SendAsync(CommandApdu command, CancellationToken cancellationToken)
    {
        var response = await transport.TransmitAsync(command, cancellationToken);
        Counters = new ExchangeCounters(Counters.Apdus + 1, Counters.BytesSent + command.ToBytes().Length,
            Counters.BytesReceived + response.Length);
        return response;
    }
}
