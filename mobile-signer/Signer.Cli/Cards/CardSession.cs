using MynaCard.Errors;
using MynaCard.Pcsc;
using MynaCard.SoftwareCard;
using MynaCard.Transport;

namespace Signer.Cli.Cards;

/// <summary>One connection to a card for one command: the software card named by --card, or a PC/SC reader.</summary>
public sealed class CardSession : IAsyncDisposable
{
    private readonly ICardTransport _transport;
    private readonly PcscContext? _context;

    private CardSession(ICardTransport transport, PcscContext? context, string description)
    {
        _transport = transport;
        _context = context;
        Description = description;
        Channel = new CardChannel(transport);
    }

    public CardChannel Channel { get; }

    /// <summary>Which card this is ("software card resident.card.json", "PC/SC reader X").</summary>
    public string Description { get; }

    public static async Task<CardSession> OpenAsync(Arguments arguments, CancellationToken cancellationToken)
    {
        if (arguments.Option("card") is { } file)
        {
            if (!File.Exists(file))
            {
                throw new NoCardException($"No software card file at {file}.");
            }
            return new CardSession(SoftwareCard.Open(file), null, $"software card {Path.GetFileName(file)}");
        }
        var context = PcscContext.Open();
        try
        {
            var readers = context.ListReaders();
            if (readers.Count == 0)
            {
                throw new NoReaderException("No PC/SC reader is connected.");
            }
            var reader = arguments.Option("reader") ?? await context.WaitForCardAsync(null, TimeSpan.FromSeconds(1), cancellationToken);
            var transport = await PcscTransport.ConnectAsync(context, reader, supportsExtendedLength: !arguments.Flag("no-extended"));
            return new CardSession(transport, context, $"PC/SC reader {reader}");
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _transport.DisposeAsync();
        _context?.Dispose();
    }
}
