using MynaCard.SoftwareCard.CardFiles;
using MynaCard.SoftwareCard.Tests.Support;
using static MynaCard.SoftwareCard.Tests.Support.Apdus;

namespace MynaCard.SoftwareCard.Tests.CardFiles;

/// <summary>PIN counters live in the card file: a restart does not give a blocked card new tries.</summary>
[Collection(CardKeysCollection.Name)]
public sealed class CardFilePersistenceTests(CardKeys keys)
{
    [Fact]
    public async Task BlockedPinStaysBlockedAfterReopeningTheCardFile()
    {
        using var card = keys.NewCard();
        card.Send(SelectJpki, SelectEf("001B"));
        for (var i = 0; i < 5; i++)
        {
            card.Send(Verify("WRONG0"));
        }
        await card.ReopenAsync();
        Assert.Equal("6984", card.Sw(SelectJpki, SelectEf("001B"), VerifyEmpty));
        Assert.Equal("6984", card.Sw(Verify(CardKeys.SigningPin)));
        Assert.Equal(0, CardFile.Load(card.Path).Jpki.Signing.Pin.TriesLeft);
    }

    [Fact]
    public async Task TriesLeftSurviveReopeningAndSoDoesTheReset()
    {
        using var card = keys.NewCard();
        card.Send(SelectJpki, SelectEf("0018"), Verify("0000"), Verify("0000"));
        await card.ReopenAsync();
        Assert.Equal("63C1", card.Sw(SelectJpki, SelectEf("0018"), VerifyEmpty));
        Assert.Equal("9000", card.Sw(Verify(CardKeys.AuthenticationPin)));
        await card.ReopenAsync();
        Assert.Equal("63C3", card.Sw(SelectJpki, SelectEf("0018"), VerifyEmpty));
    }

    [Fact]
    public async Task EachPinKeepsItsOwnCounterInTheFile()
    {
        using var card = keys.NewCard();
        card.Send(SelectCardInput, SelectEf("0011"), Verify("0000"));
        card.Send(SelectJpki, SelectEf("001B"), Verify("WRONG0"), Verify("WRONG0"));
        await card.ReopenAsync();
        var file = CardFile.Load(card.Path);
        Assert.Equal(3, file.Jpki.Authentication.Pin.TriesLeft);
        Assert.Equal(3, file.Jpki.Signing.Pin.TriesLeft);
        Assert.Equal(2, file.CardInput.Pin.TriesLeft);
    }

    [Fact]
    public void CounterWritesLeaveNoTemporaryFilesAndAParsableCardFile()
    {
        using var card = keys.NewCard();
        card.Send(SelectJpki, SelectEf("0018"), Verify("0000"), Verify(CardKeys.AuthenticationPin));
        Assert.Equal(["card.json"], Directory.GetFiles(card.Folder).Select(Path.GetFileName));
        Assert.Equal(3, CardFile.Load(card.Path).Jpki.Authentication.Pin.TriesLeft);
    }

    [Fact]
    public void CardFileHoldsNoPinInPlainText()
    {
        using var card = keys.NewCard();
        var json = File.ReadAllText(card.Path);
        Assert.DoesNotContain(CardKeys.SigningPin, json, StringComparison.Ordinal);
        Assert.DoesNotContain(CardKeys.Ascii(CardKeys.SigningPin), json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"algorithm\": \"PBKDF2-SHA256\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void CardFileIsReadableByItsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var card = keys.NewCard();
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(card.Path));
    }

    [Fact]
    public void CardFileThatCannotBeWrittenAnswersMemoryFailureAndDoesNotVerify()
    {
        using var card = keys.NewCard();
        // A folder where the file was: renaming the new version over it fails, as a full or read-only disk would.
        File.Delete(card.Path);
        Directory.CreateDirectory(card.Path);
        Assert.Equal("6581", card.Sw(SelectJpki, SelectEf("0018"), Verify(CardKeys.AuthenticationPin + "0")));
        Assert.Equal("6581", card.Sw(Verify("0000")));
        Assert.Equal("6982", card.Sw(SelectEf("0017"), Sign(DigestInfo(new byte[32]))));
        Assert.Single(Directory.GetFileSystemEntries(card.Folder));
    }
}
