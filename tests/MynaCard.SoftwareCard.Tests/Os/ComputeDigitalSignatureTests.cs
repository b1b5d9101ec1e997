using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MynaCard.SoftwareCard.Tests.Support;
using static MynaCard.SoftwareCard.Tests.Support.Apdus;

namespace MynaCard.SoftwareCard.Tests.Os;

/// <summary>The card signs the DigestInfo it is given: PKCS#1 v1.5, RSA-2048, checked against the certificate.</summary>
[Collection(CardKeysCollection.Name)]
public sealed class ComputeDigitalSignatureTests(CardKeys keys)
{
    public static TheoryData<string, string, string, string> Keys => new()
    {
        { "authentication key", "0018", CardKeys.AuthenticationPin, "0017" },
        { "signing key", "001B", CardKeys.SigningPin, "001A" },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void SignatureVerifiesWithTheCertificatesPublicKey(string key, string pinFile, string pin, string keyFile)
    {
        using var card = keys.NewCard();
        var hash = SHA256.HashData("ログインのチャレンジ"u8);
        card.Send(SelectJpki, SelectEf(pinFile), Verify(pin), SelectEf(keyFile));
        var signature = card.Data(Sign(DigestInfo(hash)));
        Assert.Equal(256, signature.Length);
        using var certificate = X509CertificateLoader.LoadCertificate(keyFile == "0017" ? keys.AuthenticationCertificate : keys.SigningCertificate);
        using var publicKey = certificate.GetRSAPublicKey()!;
        Assert.True(publicKey.VerifyHash(hash, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1), key);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void SignatureIsByteForByteWhatDotNetSignsWithTheSameKey(string key, string pinFile, string pin, string keyFile)
    {
        using var card = keys.NewCard();
        var privateKey = keyFile == "0017" ? keys.AuthenticationKey : keys.SigningKey;
        card.Send(SelectJpki, SelectEf(pinFile), Verify(pin), SelectEf(keyFile));
        foreach (var (hash, algorithm, prefix) in new[]
        {
            (SHA256.HashData("a"u8), HashAlgorithmName.SHA256, Sha256DigestInfoPrefix),
            (SHA1.HashData("b"u8), HashAlgorithmName.SHA1, "3021300906052B0E03021A05000414"),
            (SHA512.HashData("c"u8), HashAlgorithmName.SHA512, "3051300D060960864801650304020305000440"),
        })
        {
            var expected = privateKey.SignHash(hash, algorithm, RSASignaturePadding.Pkcs1);
            Assert.True(expected.SequenceEqual(card.Data(Sign([.. Convert.FromHexString(prefix), .. hash]))), $"{key} {algorithm}");
        }
    }

    [Fact]
    public void SigningKeyRefusesWithoutTheSigningPinAndTheAuthPinDoesNotUnlockIt()
    {
        using var card = keys.NewCard();
        var digestInfo = DigestInfo(new byte[32]);
        Assert.Equal("6982", card.Sw(SelectJpki, SelectEf("001A"), Sign(digestInfo)));
        Assert.Equal("6982", card.Sw(SelectEf("0018"), Verify(CardKeys.AuthenticationPin), SelectEf("001A"), Sign(digestInfo)));
        Assert.Equal("9000", card.Sw(SelectEf("001B"), Verify(CardKeys.SigningPin), SelectEf("001A"), Sign(digestInfo)));
    }

    [Fact]
    public void ExtendedLeIsAcceptedForTheSignature()
    {
        using var card = keys.NewCard();
        card.Send(SelectJpki, SelectEf("0018"), Verify(CardKeys.AuthenticationPin), SelectEf("0017"));
        var digestInfo = Convert.ToHexString(DigestInfo(new byte[32]));
        var response = card.Send($"802A0080000033{digestInfo}0100");
        Assert.Equal(256 * 2 + 4, response.Length);
        Assert.EndsWith("9000", response);
    }
}
