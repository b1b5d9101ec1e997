namespace Signer.Cli.Cards;

public static class CardReport
{
    /// <summary>The exchange so far, for --verbose: over NFC every APDU is a noticeable wait.</summary>
    public static string Describe(CardSession card) =>
        $"カードとの通信 / card exchange ({card.Description}): {card.Channel.Counters.Apdus} APDUs, " +
        $"{card.Channel.Counters.BytesSent} bytes sent, {card.Channel.Counters.BytesReceived} bytes received";
}
