using CsCheck;
using MynaCard.Apdu;
using MynaCard.Errors;

namespace MynaCard.Tests.Apdu;

public class CommandApduPropertyTests
{
    /// <summary>Data lengths near the short/extended boundary, plus now and then a long one.</summary>
    private static readonly Gen<byte[]> Data = Gen.Frequency(
        (6, Gen.Byte.Array[0, 300]),
        (1, Gen.Byte.Array[65000, 65535]));

    private static readonly Gen<int?> Ne = Gen.Frequency(
        (2, Gen.Const((int?)null)),
        (4, Gen.Int[1, 300].Select(n => (int?)n)),
        (2, Gen.Int[1, CommandApdu.MaxExtendedNe].Select(n => (int?)n)),
        (1, Gen.Const<int?>(CommandApdu.MaxExtendedNe)));

    private static readonly Gen<CommandApdu> Commands =
        Gen.Select(Gen.Byte, Gen.Byte, Gen.Byte, Gen.Byte, Data, Ne, (cla, ins, p1, p2, data, ne) => new CommandApdu(cla, ins, p1, p2, data, ne));

    [Fact]
    public void RandomBytesParseOrAreACardFormatExceptionNeverAnythingElse()
    {
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            try
            {
                CommandApdu.Parse(bytes);
            }
            catch (CardFormatException)
            {
            }
        }, iter: 20_000);
    }

    [Fact]
    public void ParseOfToBytesOfAnyValidCommandGivesTheSameFields()
    {
        Commands.Sample(command => CommandApduTests.AssertSameCommand(command, CommandApdu.Parse(command.ToBytes())), iter: 3_000);
    }
}
