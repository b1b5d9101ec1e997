using System.Text;
using System.Text.Json.Nodes;
using Portal.Contracts.Canonical;

namespace Portal.Domain.Tests.Canonical;

/// <summary>
/// RFC 8785 for everything the portal signs or chains (applications, history entries, key thumbprints) and a resident's
/// verifier re-hashes: the RFC's own examples and number table, and the refusals of what is not I-JSON.
/// </summary>
public sealed class JsonCanonicalizerTests
{
    /// <summary>RFC 8785 Appendix B: IEEE 754 bit patterns and the ECMAScript text JCS requires for them.</summary>
    [Theory]
    [InlineData(0x0000000000000000UL, "0")]
    [InlineData(0x8000000000000000UL, "0")]
    [InlineData(0x0000000000000001UL, "5e-324")]
    [InlineData(0x8000000000000001UL, "-5e-324")]
    [InlineData(0x7fefffffffffffffUL, "1.7976931348623157e+308")]
    [InlineData(0xffefffffffffffffUL, "-1.7976931348623157e+308")]
    [InlineData(0x4340000000000000UL, "9007199254740992")]
    [InlineData(0xc340000000000000UL, "-9007199254740992")]
    [InlineData(0x4430000000000000UL, "295147905179352830000")]
    [InlineData(0x44b52d02c7e14af5UL, "9.999999999999997e+22")]
    [InlineData(0x44b52d02c7e14af6UL, "1e+23")]
    [InlineData(0x44b52d02c7e14af7UL, "1.0000000000000001e+23")]
    [InlineData(0x444b1ae4d6e2ef4eUL, "999999999999999700000")]
    [InlineData(0x444b1ae4d6e2ef4fUL, "999999999999999900000")]
    [InlineData(0x444b1ae4d6e2ef50UL, "1e+21")]
    [InlineData(0x3eb0c6f7a0b5ed8cUL, "9.999999999999997e-7")]
    [InlineData(0x3eb0c6f7a0b5ed8dUL, "0.000001")]
    [InlineData(0x41b3de4355555553UL, "333333333.3333332")]
    [InlineData(0x41b3de4355555554UL, "333333333.33333325")]
    [InlineData(0x41b3de4355555555UL, "333333333.3333333")]
    [InlineData(0x41b3de4355555556UL, "333333333.3333334")]
    [InlineData(0x41b3de4355555557UL, "333333333.33333343")]
    [InlineData(0xbecbf647612f3696UL, "-0.0000033333333333333333")]
    [InlineData(0x43143ff3c1cb0959UL, "1424953923781206.2")]
    public void NumbersAreFormattedAsEcmaScriptDoes(ulong bits, string expected)
    {
        Assert.Equal(expected, EcmaScriptNumber.Format(BitConverter.UInt64BitsToDouble(bits)));
    }

    [Theory]
    [InlineData("1.0", "1")]
    [InlineData("-0", "0")]
    [InlineData("-0.0", "0")]
    [InlineData("1e21", "1e+21")]
    [InlineData("1e20", "100000000000000000000")]
    [InlineData("1E-7", "1e-7")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("4.50", "4.5")]
    [InlineData("2e-3", "0.002")]
    [InlineData("123456789012345678901234567890", "1.2345678901234568e+29")]
    [InlineData("-12.5e1", "-125")]
    public void JsonNumbersAreReadAsDoublesAndWrittenCanonically(string json, string expected)
    {
        Assert.Equal(expected, Canonical(json));
    }

    [Theory]
    [InlineData("\"\\u0000\\u001f\"", "\"\\u0000\\u001f\"")]
    [InlineData("\"\\b\\f\\n\\r\\t\"", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("\"\\\"\\\\\"", "\"\\\"\\\\\"")]
    [InlineData("\"\\/\"", "\"/\"")]
    [InlineData("\"\\u00e9\\u20ac\\u3042\"", "\"é€あ\"")]
    [InlineData("\"\\u007f\"", "\"\u007f\"")]
    [InlineData("\"\\u2028\"", "\"\u2028\"")]
    [InlineData("\"\\ud83d\\ude00\"", "\"😀\"")]
    public void StringsKeepOnlyTheEscapesJsonStringifyMakes(string json, string expected)
    {
        Assert.Equal(expected, Canonical(json));
    }

    [Fact]
    public void MembersAreSortedByUtf16CodeUnitsNotCodePoints()
    {
        // RFC 8785 §3.2.3: the emoji's high surrogate (U+D83D) sorts below U+FB33.
        var json = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
            + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\",\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";

        Assert.Equal(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"ö\":\"Latin Small Letter O With Diaeresis\","
            + "\"€\":\"Euro Sign\",\"😀\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
            Canonical(json));
    }

    [Fact]
    public void JapaneseKeysSortByCodeUnit()
    {
        Assert.Equal("{\"b\":1,\"あ\":2,\"い\":3,\"漢\":4}", Canonical("{\"漢\":4,\"い\":3,\"b\":1,\"あ\":2}"));
    }

    [Fact]
    public void TheRfcExampleCanonicalises()
    {
        // RFC 8785 §3.2.2.
        var json = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;

        Assert.Equal(
            """{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}""",
            Canonical(json));
    }

    [Fact]
    public void NestedObjectsAndArraysAreCanonicalisedAllTheWayDown()
    {
        Assert.Equal("[{\"a\":[{\"x\":1,\"y\":2}],\"b\":{}},[]]", Canonical(" [ { \"b\" : { } , \"a\" : [ { \"y\" : 2.0 , \"x\" : 1 } ] } , [ ] ] "));
    }

    [Fact]
    public void TheSameDocumentInAnotherMemberOrderGivesTheSameBytes()
    {
        var one = JsonCanonicalizer.Canonicalize("{\"name\":\"山田 花子\",\"address\":{\"city\":\"千代田区\",\"pref\":\"東京都\"},\"n\":[1,2]}");
        var other = JsonCanonicalizer.Canonicalize("{\"n\":[1.0,2e0],\"address\":{\"pref\":\"東京都\",\"city\":\"千代田区\"},\"name\":\"山田 花子\"}");

        Assert.Equal(one, other);
    }

    [Fact]
    public void TheOutputIsUtf8()
    {
        Assert.Equal(Encoding.UTF8.GetBytes("\"東京\""), JsonCanonicalizer.Canonicalize("\"\\u6771\\u4eac\""));
    }

    [Fact]
    public void DuplicateMemberNamesAreRefused()
    {
        Assert.Throws<CanonicalizationException>(() => JsonCanonicalizer.Canonicalize("{\"a\":1,\"a\":2}"));
    }

    [Fact]
    public void ALoneSurrogateIsRefused()
    {
        Assert.Throws<CanonicalizationException>(() => JsonCanonicalizer.Canonicalize("\"\\ud800\""));
    }

    [Fact]
    public void ANumberBeyondTheDoubleRangeIsRefused()
    {
        Assert.Throws<CanonicalizationException>(() => JsonCanonicalizer.Canonicalize("1e400"));
    }

    [Fact]
    public void AnIntegerHeldAsALongIsTheSameNumberAsOneParsedFromText()
    {
        Assert.Equal(JsonCanonicalizer.Canonicalize(JsonNode.Parse("""{"seq":1.0E1}""")),
            JsonCanonicalizer.Canonicalize(new JsonObject { ["seq"] = 10L }));
    }

    [Fact]
    public void ABuiltValueIsCanonicalisedLikeTheSameJsonParsed()
    {
        var built = new JsonObject { ["b"] = new JsonArray(1.5, "東京"), ["a"] = true, ["c"] = null };

        Assert.Equal(JsonCanonicalizer.Canonicalize("""{"c":null,"a":true,"b":[1.50,"\u6771\u4eac"]}"""), JsonCanonicalizer.Canonicalize(built));
    }

    [Fact]
    public void ALoneSurrogateInABuiltValueIsWrittenAsTheReplacementCharacterAsTheStoreWritesIt()
    {
        // The store serialises documents with System.Text.Json too, so the entry it keeps hashes the same.
        var built = new JsonObject { ["detail"] = "a\ud800" };

        Assert.Equal("{\"detail\":\"a\ufffd\"}", Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(built)));
    }

    [Fact]
    public void LeavingOutAMemberGivesTheBytesOfTheObjectWithoutIt()
    {
        var exported = new JsonObject { ["seq"] = 2, ["hash"] = "ab", ["at"] = "2026-12-07T00:00:00Z" };

        Assert.Equal("""{"at":"2026-12-07T00:00:00Z","seq":2}""", Encoding.UTF8.GetString(JsonCanonicalizer.CanonicalizeWithout(exported, "hash")));
    }

    private static string Canonical(string json) => Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(json));
}
