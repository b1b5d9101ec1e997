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
    private readonly IAsyncDisposable? _transaction;

    private CardSession(ICardTransport transport, PcscContext? context, IAsyncDisposable? transaction, string description)
    {
        _transport = transport;
        _context = context;
        _transaction = transaction;
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
            return new CardSession(SoftwareCard.Open(file), null, null, $"software card {Path.GetFileName(file)}");
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
            // One transaction for the whole command: no other application's APDU may come between VERIFY and SIGN
            // (a SELECT from elsewhere would drop the verified PIN).
            var transaction = await transport.BeginTransactionAsync(cancellationToken);
            return new CardSession(transport, context, transaction, $"PC/SC reader {reader}");
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }
        await _transport.DisposeAsync();
        _context?.Dispose();
    }
}
