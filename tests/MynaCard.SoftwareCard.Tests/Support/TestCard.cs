using MynaCard.Apdu;

namespace MynaCard.SoftwareCard.Tests.Support;

/// <summary>A software card on its own card file in a temporary folder (deleted on dispose), spoken to in hex.</summary>
public sealed class TestCard(string folder, string path, SoftwareCard card) : IDisposable
{
    public string Folder { get; } = folder;

    public string Path { get; } = path;

    public SoftwareCard Card { get; private set; } = card;

    /// <summary>Sends hex APDUs in turn (spaces ignored) and returns the last response, hex.</summary>
    public string Send(params string[] commands)
    {
        var response = "";
        foreach (var command in commands)
        {
            response = Convert.ToHexString(Card.Process(Apdus.Bytes(command)));
        }
        return response;
    }

    /// <summary>The status word of the last command, as "9000".</summary>
    public string Sw(params string[] commands) => Send(commands)[^4..];

    /// <summary>The data of the response to one command; fails unless it ends 90 00.</summary>
    public byte[] Data(string command)
    {
        var response = Card.Process(Apdus.Bytes(command));
        Assert.Equal("9000", Convert.ToHexString(response[^2..]));
        return response[..^2];
    }

    public async Task<ResponseApdu> TransmitAsync(string command) =>
        await Card.TransmitAsync(CommandApdu.Parse(Apdus.Bytes(command)), CancellationToken.None);

    /// <summary>Closes the card and opens the same file again, as a restarted process would.</summary>
    public async Task ReopenAsync()
    {
        await Card.DisposeAsync();
        Card = SoftwareCard.Open(Path);
    }

    public void Dispose()
    {
        Card.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(Folder, recursive: true);
    }
}
