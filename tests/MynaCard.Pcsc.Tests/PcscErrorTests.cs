using MynaCard.Testing;
using MynaCard.Errors;
using MynaCard.Pcsc.Native;

namespace MynaCard.Pcsc.Tests;

/// <summary>SCARD_* codes to typed errors, and the native layouts on 64-bit Linux.</summary>
public sealed class PcscErrorTests
{
    [Theory]
    [InlineData(PcscError.NoReadersAvailable, (int)PcscPhase.Context, typeof(NoReaderException))]
    [InlineData(PcscError.NoService, (int)PcscPhase.Context, typeof(NoReaderException))]
    [InlineData(PcscError.ServiceStopped, (int)PcscPhase.Operation, typeof(NoReaderException))]
    [InlineData(PcscError.UnknownReader, (int)PcscPhase.Connect, typeof(NoReaderException))]
    [InlineData(PcscError.NoSmartcard, (int)PcscPhase.Connect, typeof(NoCardException))]
    [InlineData(PcscError.RemovedCard, (int)PcscPhase.Connect, typeof(NoCardException))]
    [InlineData(PcscError.RemovedCard, (int)PcscPhase.Operation, typeof(CardRemovedException))]
    [InlineData(PcscError.ResetCard, (int)PcscPhase.Operation, typeof(CardRemovedException))]
    [InlineData(PcscError.NotTransacted, (int)PcscPhase.Operation, typeof(CardRemovedException))]
    [InlineData(PcscError.NoSmartcard, (int)PcscPhase.Operation, typeof(CardRemovedException))]
    [InlineData(PcscError.SharingViolation, (int)PcscPhase.Connect, typeof(PcscException))]
    [InlineData(PcscError.CommError, (int)PcscPhase.Operation, typeof(PcscException))]
    public void Codes_map_to_typed_errors(uint code, int phase, Type expected)
    {
        var error = PcscError.ToException(code, (PcscPhase)phase, "SCardSomething", "Reader 00 00");

        Assert.IsType(expected, error);
        Assert.IsAssignableFrom<CardTransportException>(error);
    }

    [Fact]
    public void Other_codes_carry_the_code_in_hex()
    {
        var error = Assert.IsType<PcscException>(PcscError.ToException(0x80100013, PcscPhase.Operation, "SCardTransmit"));

        Assert.Equal(0x80100013u, error.Code);
        Assert.Contains("SCARD_F_COMM_ERROR (0x80100013)", error.Message);
        Assert.Contains("0x801000AB", PcscError.ToException(0x801000AB, PcscPhase.Context, "SCardX").Message);
    }

    [Fact]
    public void A_64_bit_LONG_result_is_read_by_its_low_32_bits()
    {
        Assert.Equal(PcscError.RemovedCard, PcscNative.Code(unchecked((nint)0x0000000080100069)));
        Assert.Equal(PcscError.RemovedCard, PcscNative.Code(unchecked((nint)0xFFFFFFFF80100069)));
        Assert.Throws<CardRemovedException>(() => PcscError.Check(unchecked((nint)0x80100069), PcscPhase.Operation, "SCardTransmit"));
        PcscError.Check(0, PcscPhase.Operation, "SCardTransmit");
    }

    [Fact]
    public unsafe void Native_structures_have_the_LP64_layout_of_pcsc_lite()
    {
        Assert.Equal(8, sizeof(nint));
        Assert.Equal(80, sizeof(PcscNative.ReaderState));
        Assert.Equal(16, sizeof(PcscNative.IoRequest));
    }
}
