using Microsoft.Extensions.Options;
using Portal.Domain.Residents.References;
using Portal.Testing.Hosting;

namespace Portal.Domain.Tests.Residents.References;

public sealed class ResidentRefsTests
{
    private static ResidentRefs With(string? key) => new(Options.Create(new ResidentRefOptions { Key = key }));

    private readonly ResidentRefs _refs = With(ResidentRefTestKey.Value);

    [Fact]
    public void TheSameResidentAtTheSameBodyAlwaysGetsTheSameRefAndAnotherBodyAnother()
    {
        var atChiyoda = _refs.For("131016", "acc-1");

        Assert.Equal(atChiyoda, With(ResidentRefTestKey.Value).For("131016", "acc-1"));
        Assert.NotEqual(atChiyoda, _refs.For("131024", "acc-1"));
        Assert.NotEqual(atChiyoda, _refs.For("131016", "acc-2"));
        Assert.True(ResidentRefs.IsWellFormed(atChiyoda));
    }

    /// <summary>Without the key nobody can compute a resident's ref from their account id, nor link two bodies' refs.</summary>
    [Fact]
    public void AnotherKeyGivesUnrelatedRefs()
    {
        var otherKey = Convert.ToBase64String(new byte[32]);

        Assert.NotEqual(_refs.For("131016", "acc-1"), With(otherKey).For("131016", "acc-1"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("c2hvcnQ=")]
    public void AMissingOrShortKeyRefusesToGiveOutRefs(string? key)
    {
        Assert.Throws<InvalidOperationException>(() => With(key).For("131016", "acc-1"));
    }

    [Theory]
    [InlineData("rr_AAAAAAAAAAAAAAAAAAAAAA", true)]
    [InlineData("rr_AAAAAAAAAAAAAAAAAAAAA", false)]
    [InlineData("rr_AAAAAAAAAAAAAAAAAAAA/A", false)]
    [InlineData("xx_AAAAAAAAAAAAAAAAAAAAAA", false)]
    [InlineData(null, false)]
    public void ARefIsCheckedForShapeBeforeAnyRead(string? text, bool wellFormed)
    {
        Assert.Equal(wellFormed, ResidentRefs.IsWellFormed(text));
    }
}
