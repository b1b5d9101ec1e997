using System.Security.Cryptography;
using System.Text;
using MynaCard.Apdu;
using MynaCard.Errors;
using MynaCard.Pins;
using MynaCard.Transport;

namespace MynaCard.Jpki;

/// <summary>
/// The ISO 7816-4 steps both applets are made of (SELECT, the PIN's VERIFY, reading a file), with every answer
/// checked: the applets only say which AID, file and PIN.
/// </summary>
internal sealed class AppletCommands(CardChannel channel, string applet)
{
    private const byte Select = 0xA4;
    private const byte SelectByName = 0x04;
    private const byte SelectEf = 0x02;

    /// <summary>P2 0C: return no FCI, so a SELECT carries no Le and costs no response bytes.</summary>
    private const byte NoFci = 0x0C;

    private const byte Verify = 0x20;

    /// <summary>P2 80: the PIN is specific to the current DF (bit 8), reference 0: the PIN EF just selected.</summary>
    private const byte SpecificPin = 0x80;

    private readonly BinaryFileReader _reader = new(channel);

    public Task SelectApplicationAsync(ReadOnlyMemory<byte> aid, CancellationToken cancellationToken) =>
        SendAsync(new CommandApdu(0x00, Select, SelectByName, NoFci, aid), $"SELECT {applet}", cancellationToken);

    public Task SelectFileAsync(ushort file, CancellationToken cancellationToken) =>
        SendAsync(new CommandApdu(0x00, Select, SelectEf, NoFci, FileId(file)), $"SELECT {applet} EF {file:X4}", cancellationToken);

    /// <summary>
    /// An empty VERIFY asks for the counter without spending a try. 90 00 means the PIN is already verified in this
    /// session, and a successful VERIFY resets the counter, so all of <see cref="PinRules.MaxTries"/> are left.
    /// </summary>
    public async Task<int> GetPinTriesLeftAsync(ushort pinFile, PinKind kind, CancellationToken cancellationToken)
    {
        await SelectFileAsync(pinFile, cancellationToken);
        var response = await channel.TransmitAsync(new CommandApdu(0x00, Verify, 0x00, SpecificPin), cancellationToken);
        var status = response.Status;
        if (status.IsTriesLeft)
        {
            return status.TriesLeft;
        }
        if (status == StatusWord.ReferenceDataNotUsable || status == StatusWord.AuthenticationMethodBlocked)
        {
            return 0;
        }
        CardStatusException.ThrowIfError(response, $"{applet} {kind} PIN tries left");
        return PinRules.MaxTries(kind);
    }

    /// <summary>The PIN's form is checked first: a malformed PIN never reaches the card, where it would spend a try.</summary>
    public async Task VerifyPinAsync(ushort pinFile, PinKind kind, string pin, CancellationToken cancellationToken)
    {
        var ascii = Encoding.ASCII.GetBytes(PinRules.Normalize(kind, pin));
        try
        {
            await SelectFileAsync(pinFile, cancellationToken);
            await SendAsync(new CommandApdu(0x00, Verify, 0x00, SpecificPin, ascii), $"VERIFY {applet} {kind} PIN", cancellationToken);
        }
        finally
        {
            // Keep the PIN's bytes no longer than the exchange (the string itself is the caller's).
            CryptographicOperations.ZeroMemory(ascii);
        }
    }

    /// <summary>SELECT the EF, then read as much of it as its header says (see <see cref="BinaryFileReader"/>).</summary>
    public async Task<byte[]> ReadFileAsync(ushort file, int headerLength, Func<ReadOnlySpan<byte>, int> totalLength,
        CancellationToken cancellationToken)
    {
        await SelectFileAsync(file, cancellationToken);
        return await _reader.ReadAsync(headerLength, totalLength, $"READ BINARY {applet} EF {file:X4}", cancellationToken);
    }

    public async Task<ResponseApdu> SendAsync(CommandApdu command, string operation, CancellationToken cancellationToken)
    {
        var response = await channel.TransmitAsync(command, cancellationToken);
        CardStatusException.ThrowIfError(response, operation);
        return response;
    }

    private static byte[] FileId(ushort file) => [(byte)(file >> 8), (byte)file];
}
