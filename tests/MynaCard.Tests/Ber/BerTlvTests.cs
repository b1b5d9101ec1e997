using MynaCard.Ber;
using MynaCard.Errors;
using MynaCard.Tests.Fakes;

namespace MynaCard.Tests.Ber;

public class BerTlvTests
{
    [Theory]
    [InlineData("0402AABB", 0x04u, "AABB")]
    [InlineData("5F2D02AABB", 0x5F2Du, "AABB")]
    [InlineData("DF2102AABB", 0xDF21u, "AABB")]
    [InlineData("DF810102AABB", 0xDF8101u, "AABB")]
    [InlineData("DF81820302AABB", 0xDF818203u, "AABB")]
    [InlineData("048102AABB", 0x04u, "AABB")]
    [InlineData("04820002AABB", 0x04u, "AABB")]
    [InlineData("0483000002AABB", 0x04u, "AABB")]
    [InlineData("0400", 0x04u, "")]
    public void ReadsTagsOfUpToFourBytesAndEachLengthForm(string hex, uint tag, string value)
    {
        var tlv = Assert.Single(BerTlv.Parse(Bytes.Hex(hex)));

        Assert.Equal(tag, tlv.Tag);
        Assert.Equal(value, Bytes.ToHex(tlv.Value.Span));
        Assert.False(tlv.IsConstructed);
        Assert.Empty(tlv.Children);
    }

    [Fact]
    public void ConstructedValuesAreParsedRecursively()
    {
        var inner = Der.Tlv(0xE1, [.. Der.Tlv(0xDF22, [1, 2]), .. Der.Tlv(0x04, [])]);
        var bytes = Der.Tlv(0xFF20, [.. Der.Tlv(0xDF21, [9]), .. inner], lengthBytes: 2);

        var root = Assert.Single(BerTlv.Parse(bytes));

        Assert.True(root.IsConstructed);
        Assert.Equal([0xDF21u, 0xE1u], root.Children.Select(child => child.Tag));
        var nested = root.Require(0xE1);
        Assert.True(nested.IsConstructed);
        Assert.Equal("0102", Bytes.ToHex(nested.Require(0xDF22).Value.Span));
        Assert.Null(root.Find(0xDF22));
    }

    [Fact]
    public void ASequenceOfTlvsIsReadInOrder()
    {
        var tlvs = BerTlv.Parse(Bytes.Hex("0101AA 0201BB 0300"));

        Assert.Equal([1u, 2u, 3u], tlvs.Select(tlv => tlv.Tag));
    }

    [Theory]
    [InlineData("04", "no length")]
    [InlineData("0403AABB", "value cut short")]
    [InlineData("0480AABB0000", "indefinite length")]
    [InlineData("048400000002AABB", "4-byte length")]
    [InlineData("048200", "cut inside a length")]
    [InlineData("1F", "cut inside a tag")]
    [InlineData("DF81", "cut inside a tag")]
    [InlineData("DF8182838401AA", "5-byte tag")]
    [InlineData("1F800101AA", "tag number with a leading zero")]
    [InlineData("0000", "tag 00")]
    [InlineData("0101AA00", "tag 00 as trailing padding")]
    [InlineData("E1020401", "child longer than its parent")]
    [InlineData("E104040100FF", "child leaves a stray byte")]
    public void MalformedBytesAreACardFormatException(string hex, string why)
    {
        var error = Record.Exception(() => BerTlv.Parse(Bytes.Hex(hex)));

        Assert.True(error is CardFormatException, $"{why}: {error?.GetType().Name ?? "parsed"}");
    }

    [Fact]
    public void NestingDeeperThanTheLimitIsRefusedBeforeTheStackIs()
    {
        byte[] Nest(int depth) => depth == 0 ? [0x04, 0x00] : Der.Tlv(0xE1, Nest(depth - 1));

        Assert.NotEmpty(BerTlv.Parse(Nest(BerTlv.MaxDepth)));
        Assert.Throws<CardFormatException>(() => BerTlv.Parse(Nest(BerTlv.MaxDepth + 1)));
        Assert.Throws<CardFormatException>(() => BerTlv.Parse(Nest(5000)));
    }

    [Theory]
    [InlineData("FF20820123", 0x128)]
    [InlineData("FF208180", 0x84)]
    [InlineData("FF2005", 8)]
    [InlineData("0483010000", 0x10005)]
    public void TheTotalLengthNeedsOnlyTheHeader(string header, int total)
    {
        Assert.Equal(total, BerTlv.TotalLength(Bytes.Hex(header)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("FF")]
    [InlineData("FF20")]
    [InlineData("FF2082")]
    [InlineData("FF208201")]
    [InlineData("FF2080")]
    public void AHeaderCutShortHasNoTotalLength(string header)
    {
        Assert.Throws<CardFormatException>(() => BerTlv.TotalLength(Bytes.Hex(header)));
    }

    [Fact]
    public void WhatFollowsTheFirstTlvIsLeftForTheCaller()
    {
        var tlv = BerTlv.ParseFirst(Bytes.Hex("0101AA FFFFFF"), out var length);

        Assert.Equal((1u, 3), (tlv.Tag, length));
    }
}
