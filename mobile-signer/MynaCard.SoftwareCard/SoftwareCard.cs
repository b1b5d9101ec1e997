using MynaCard.Apdu;
using MynaCard.Errors;
using MynaCard.SoftwareCard.Applets;
using MynaCard.SoftwareCard.CardFiles;
using MynaCard.SoftwareCard.Os;
using MynaCard.Transport;
using MynaCard.Vpcd;

namespace MynaCard.SoftwareCard;

/// <summary>
/// A software My Number card: the JPKI AP and the 券面事項入力補助AP answering raw APDUs as a real card does (see
/// <c>shared/reference/jpki-card.md</c>), with test keys from a <see cref="CardFile"/>. PIN counters are written back
/// to the file as they change. Use it in process as an <see cref="ICardTransport"/>, or behind a virtual reader
/// through <see cref="Process(byte[])"/>. Thread-safe: one command at a time.
/// </summary>
public sealed class SoftwareCard : ICardTransport, IVirtualCard
{
    private readonly Lock gate = new();
    private readonly CardFile file;
    private readonly CardOs os;
    private bool disposed;

    /// <summary>A card made from <paramref name="file"/>; counters are saved to <see cref="CardFile.Path"/> when it has one.</summary>
    public SoftwareCard(CardFile file)
    {
        file.Validate();
        this.file = file;
        os = new CardOs([JpkiAp.Create(file), CardInputAp.Create(file)], file.Settings, PersistCounters);
    }

    /// <summary>Loads the card file (a <see cref="CardFileException"/> when it is missing or not a valid card).</summary>
    public static SoftwareCard Open(string cardFilePath) => new(CardFile.Load(cardFilePath));

    /// <summary>The card file's full path; null for a card that lives only in memory.</summary>
    public string? CardFilePath => file.Path;

    /// <summary>The answer to reset (a copy).</summary>
    public byte[] Atr => Convert.FromHexString(file.Settings.Atr.Replace(" ", "", StringComparison.Ordinal));

    public bool SupportsExtendedLength => file.Settings.SupportsExtendedLength;

    /// <summary>Power cycle or warm reset: the current applet and EF and every verified PIN are gone; counters stay.</summary>
    public void Reset()
    {
        lock (gate)
        {
            ThrowIfDisposed();
            os.Reset();
        }
    }

    /// <summary>The reader cut the power: as for <see cref="Reset"/>, only the card file's counters remain.</summary>
    public void PowerOff() => Reset();

    /// <summary>
    /// One command APDU in, its response (data + SW1 SW2) out. A malformed APDU is answered 67 00 (an extended one
    /// too when the card has extended length off); an internal fault is 6F 00. Never throws for the bytes it gets.
    /// </summary>
    public byte[] Process(byte[]? commandApdu) => Process(commandApdu.AsSpan());

    /// <inheritdoc cref="Process(byte[])"/>
    public byte[] Process(ReadOnlySpan<byte> commandApdu)
    {
        lock (gate)
        {
            ThrowIfDisposed();
            return Execute(commandApdu).ToBytes();
        }
    }

    public Task<ResponseApdu> TransmitAsync(CommandApdu command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (disposed)
            {
                throw new CardRemovedException("The software card was closed.");
            }
            return Task.FromResult(Execute(command.ToBytes()));
        }
    }

    public ValueTask DisposeAsync()
    {
        lock (gate)
        {
            disposed = true;
        }
        return ValueTask.CompletedTask;
    }

    private ResponseApdu Execute(ReadOnlySpan<byte> bytes)
    {
        CommandApdu command;
        try
        {
            command = CommandApdu.Parse(bytes);
        }
        catch (Exception e) when (e is CardFormatException or ArgumentException)
        {
            return ResponseApdu.Error(StatusWord.WrongLength);
        }
        if (IsExtendedEncoding(bytes) && !SupportsExtendedLength)
        {
            return ResponseApdu.Error(StatusWord.WrongLength);
        }
        try
        {
            return os.Execute(command);
        }
        catch (Exception)
        {
            // A card answers even when it is broken; a test then sees the status, not a crashed reader bridge.
            return ResponseApdu.Error(Sw.NoPreciseDiagnosis);
        }
    }

    /// <summary>ISO 7816-4: a body that starts with 00 and has 3 bytes or more carries an extended Lc or Le.</summary>
    private static bool IsExtendedEncoding(ReadOnlySpan<byte> bytes) => bytes.Length >= 7 && bytes[4] == 0;

    private void PersistCounters()
    {
        if (file.Path is not null)
        {
            file.Save();
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(disposed, this);
}
