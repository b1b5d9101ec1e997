using MynaCard.Apdu;
using MynaCard.Transport;

namespace MynaCard.Tests.Fakes;

/// <summary>
/// A card that knows only its script: the exact command bytes it expects next, and what to answer. Any other command,
/// or any command after the script has ended, fails the test, so a test's script is the exact APDU sequence.
/// </summary>
public sealed class ScriptedTransport(bool supportsExtendedLength = false) : ICardTransport
{
    private readonly Queue<(string Command, byte[] Response)> _script = new();
    private readonly List<string> _sent = [];

    public bool SupportsExtendedLength { get; } = supportsExtendedLength;

    /// <summary>Every command received, in hex, including unexpected ones.</summary>
    public IReadOnlyList<string> Sent => _sent;

    /// <summary>Hex with or without spaces, e.g. <c>"00 A4 02 0C 02 00 18"</c> → <c>"90 00"</c>.</summary>
    public ScriptedTransport Expect(string command, string response) => Expect(command, Bytes.Hex(response));

    public ScriptedTransport Expect(string command, byte[] response)
    {
        _script.Enqueue((Convert.ToHexString(Bytes.Hex(command)), response));
        return this;
    }

    public Task<ResponseApdu> TransmitAsync(CommandApdu command, CancellationToken cancellationToken)
    {
        var actual = Convert.ToHexString(command.ToBytes());
        _sent.Add(actual);
        if (!_script.TryDequeue(out var step))
        {
            Assert.Fail($"APDU #{_sent.Count} {actual} was not expected: the script had ended.");
        }
        if (step.Command != actual)
        {
            Assert.Fail($"APDU #{_sent.Count}: expected {step.Command}, got {actual}.");
        }
        return Task.FromResult(ResponseApdu.Parse(step.Response));
    }

    /// <summary>The whole script was played: no expected command is left unsent.</summary>
    public void AssertDone() =>
        Assert.True(_script.Count == 0, $"{_script.Count} expected APDU(s) never sent; the next: {(_script.Count > 0 ? _script.Peek().Command : "")}.");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
