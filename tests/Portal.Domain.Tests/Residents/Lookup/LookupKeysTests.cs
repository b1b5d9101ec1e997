using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Portal.Domain.Residents.Lookup;
using Portal.Domain.Residents.References;

namespace Portal.Domain.Tests.Residents.Lookup;

/// <summary>The basic 4 items meet however an agency typed them, and stay apart where they really differ.</summary>
public sealed class LookupKeysTests
{
    private static readonly DateOnly Birth = new(1990, 4, 1);

    private static LookupKeys Keys(byte[] secret) =>
        new(new ResidentRefs(Options.Create(new ResidentRefOptions { Key = Convert.ToBase64String(secret) })));

    private static readonly LookupKeys PortalKeys = Keys(RandomNumberGenerator.GetBytes(32));

    private static readonly string Card = PortalKeys.Of("山田 花子", "東京都千代田区霞が関2-1-2", Birth, "2");

    public static TheoryData<string, string> SameResident => new()
    {
        { "山田花子", "東京都千代田区霞が関2-1-2" },
        { "山田　花子", "東京都 千代田区 霞が関２－１－２" },
        { " 山田 花子 ", "東京都千代田区霞が関2−1−2" },
    };

    [Theory]
    [MemberData(nameof(SameResident))]
    public void SpacesWidthAndDashesDoNotMatter(string name, string address) =>
        Assert.Equal(Card, PortalKeys.Of(name, address, Birth, "2"));

    public static TheoryData<string, string, DateOnly, string> AnotherResident => new()
    {
        { "山田 花江", "東京都千代田区霞が関2-1-2", Birth, "2" },
        { "山田 花子", "東京都千代田区霞が関2-12", Birth, "2" },
        { "山田 花子", "東京都千代田区霞が関2-1-2", Birth.AddDays(1), "2" },
        { "山田 花子", "東京都千代田区霞が関2-1-2", Birth, "1" },
    };

    [Theory]
    [MemberData(nameof(AnotherResident))]
    public void AnyItemThatReallyDiffersGivesAnotherKey(string name, string address, DateOnly birth, string sex) =>
        Assert.NotEqual(Card, PortalKeys.Of(name, address, birth, sex));

    [Fact]
    public void AnotherSecretGivesAnotherKeySoTheIndexCannotBeTestedWithoutIt()
    {
        var key = Keys(RandomNumberGenerator.GetBytes(32)).Of("山田 花子", "東京都千代田区霞が関2-1-2", Birth, "2");

        Assert.NotEqual(Card, key);
        Assert.DoesNotContain("山田", key, StringComparison.Ordinal);
    }
}
