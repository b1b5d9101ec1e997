using Portal.Operator.Keys;

namespace Portal.Operator.Tests.Keys;

public sealed class JwkThumbprintTests
{
    /// <summary>RFC 7638 section 3.1: the example RSA key and its SHA-256 thumbprint.</summary>
    [Fact]
    public void TheRfc7638ExampleKeyHasTheThumbprintTheRfcGives()
    {
        const string n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";

        Assert.Equal("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", JwkThumbprint.OfRsa(n, "AQAB"));
    }

    [Fact]
    public void GeneratedKeysGetTheThumbprintAnIndependentImplementationComputes()
    {
        var (key, _, _) = AgencyKey.Generate();

        Assert.Equal(Support.KeyChecks.Thumbprint(key.Jwk), key.KeyId);
    }
}
