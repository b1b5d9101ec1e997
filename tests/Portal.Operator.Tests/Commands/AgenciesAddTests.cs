using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Operator.Tests.Support;

namespace Portal.Operator.Tests.Commands;

[Collection(OperatorStackCollection.Name)]
public sealed class AgenciesAddTests(OperatorStack stack) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task AnAgencyWithAGeneratedKeyIsStoredWithItsPublicJwkAndTheFolderHoldsThePair()
    {
        var id = OperatorStack.NewId("lg-131016");
        var keyDir = _folder.File("chiyoda");
        var run = Tool.Ok(stack, "agencies", "add", "--id", id, "--name", "千代田区", "--lg", "131016",
            "--scope", "agency.procedures", "--scope", "agency.applications", "--generate-key", keyDir);

        var client = (await stack.Clients.FindAsync(id, CancellationToken.None))!.Document;
        Assert.Equal(ClientKinds.Agency, client.Kind);
        Assert.Equal("千代田区", client.Name);
        Assert.Equal(["client_credentials"], client.AllowedGrantTypes);
        Assert.Equal([PortalScopes.AgencyProcedures, PortalScopes.AgencyApplications], client.AllowedScopes);
        Assert.Equal(new AgencyBinding("131016", null), client.Agency);
        var key = Assert.Single(client.Keys);
        Assert.Null(key.NotAfter);
        Assert.Equal(Tool.Start, key.AddedAt);

        var jwk = JsonNode.Parse(key.Jwk)!.AsObject();
        Assert.Equal("EC", (string?)jwk["kty"]);
        Assert.Equal("P-256", (string?)jwk["crv"]);
        Assert.False(jwk.ContainsKey("d"));
        Assert.Equal(KeyChecks.Thumbprint(key.Jwk), key.KeyId);
        Assert.Equal(key.KeyId, (string?)jwk["kid"]);

        var privatePath = Path.Combine(keyDir, "private.pem");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(privatePath));
        }
        Assert.True(KeyChecks.Verifies(File.ReadAllText(privatePath), key.Jwk));
        using var publicKey = ECDsa.Create();
        publicKey.ImportFromPem(File.ReadAllText(Path.Combine(keyDir, "public.pem")));
        Assert.Equal(key.Jwk, File.ReadAllText(Path.Combine(keyDir, "public.jwk")).Trim());
        Assert.Contains(key.KeyId, run.Output, StringComparison.Ordinal);
        Assert.Contains(privatePath, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHealthInsurerIsBoundToItsInsurerNumberAndMayHoldTheInformationScope()
    {
        var id = OperatorStack.NewId("insurer");
        var run = Tool.Ok(stack, "agencies", "add", "--id", id, "--name", "全国健康保険協会 東京支部", "--insurer", "01130012",
            "--scope", "agency.information", "--generate-key", _folder.File("insurer"));

        var client = (await stack.Clients.FindAsync(id, CancellationToken.None))!.Document;
        Assert.Equal(new AgencyBinding(null, null, "01130012"), client.Agency);
        Assert.Equal([PortalScopes.AgencyInformation], client.AllowedScopes);
        Assert.Contains("医療保険者 01130012", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APayingNationalAgencyMayHoldThePaymentsScope()
    {
        var id = OperatorStack.NewId("nta");
        Tool.Ok(stack, "agencies", "add", "--id", id, "--name", "国税庁", "--national", "nta",
            "--scope", "agency.payments", "--generate-key", _folder.File("nta"));

        Assert.Equal([PortalScopes.AgencyPayments], (await stack.Clients.FindAsync(id, CancellationToken.None))!.Document.AllowedScopes);
    }

    [Fact]
    public async Task AnRsaPublicKeyPemIsStoredAsAJwkWithItsThumbprintAsKid()
    {
        using var rsa = RSA.Create(2048);
        var pem = _folder.Write("agency.pem", rsa.ExportSubjectPublicKeyInfoPem());
        var id = OperatorStack.NewId("mofa");
        Tool.Ok(stack, "agencies", "add", "--id", id, "--name", "外務省 旅券課", "--national", "mofa",
            "--scope", "agency.applications", "--public-key", pem);

        var client = (await stack.Clients.FindAsync(id, CancellationToken.None))!.Document;
        Assert.Equal(new AgencyBinding(null, "mofa"), client.Agency);
        var key = Assert.Single(client.Keys);
        var jwk = JsonNode.Parse(key.Jwk)!.AsObject();
        Assert.Equal("RSA", (string?)jwk["kty"]);
        Assert.Equal(Convert.ToBase64String(rsa.ExportParameters(false).Modulus!).TrimEnd('=').Replace('+', '-').Replace('/', '_'), (string?)jwk["n"]);
        Assert.Equal(KeyChecks.Thumbprint(key.Jwk), key.KeyId);
    }

    [Fact]
    public async Task AJwkPublicKeyFileIsAcceptedAndGetsTheSameKidAsItsPem()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = ecdsa.ExportParameters(false);
        var jwkFile = _folder.Write("agency.jwk", new JsonObject
        {
            ["kty"] = "EC", ["crv"] = "P-256",
            ["x"] = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(parameters.Q.X),
            ["y"] = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(parameters.Q.Y),
        }.ToJsonString());
        var pemFile = _folder.Write("agency.pem", ecdsa.ExportSubjectPublicKeyInfoPem());
        var fromJwk = OperatorStack.NewId("jwk");
        var fromPem = OperatorStack.NewId("pem");

        Tool.Ok(stack, "agencies", "add", "--id", fromJwk, "--name", "大阪府", "--lg", "270008", "--scope", "agency.procedures", "--public-key", jwkFile);
        Tool.Ok(stack, "agencies", "add", "--id", fromPem, "--name", "大阪府", "--lg", "270008", "--scope", "agency.procedures", "--public-key", pemFile);

        var a = (await stack.Clients.FindAsync(fromJwk, CancellationToken.None))!.Document.Keys.Single();
        var b = (await stack.Clients.FindAsync(fromPem, CancellationToken.None))!.Document.Keys.Single();
        Assert.Equal(a.KeyId, b.KeyId);
        Assert.Equal(a.Jwk, b.Jwk);
    }

    [Fact]
    public async Task IfAbsentKeepsTheRegisteredKeyAndMakesNoNewOne()
    {
        var id = OperatorStack.NewId("seed-lg");
        var keyDir = _folder.File("first");
        string[] add = ["agencies", "add", "--id", id, "--name", "千代田区", "--lg", "131016", "--scope", "agency.procedures", "--if-absent", "--generate-key"];
        Tool.Ok(stack, [.. add, keyDir]);
        var before = await stack.Clients.FindAsync(id, CancellationToken.None);
        var privateKey = File.ReadAllText(Path.Combine(keyDir, "private.pem"));

        var sameFolder = Tool.Ok(stack, [.. add, keyDir]);
        var otherFolder = Tool.Ok(stack, [.. add, _folder.File("second")]);

        Assert.Contains("変更なし", sameFolder.Output, StringComparison.Ordinal);
        Assert.Contains("変更なし", otherFolder.Output, StringComparison.Ordinal);
        var after = await stack.Clients.FindAsync(id, CancellationToken.None);
        Assert.Equal(before!.ETag, after!.ETag);
        Assert.Equal(privateKey, File.ReadAllText(Path.Combine(keyDir, "private.pem")));
        Assert.False(Directory.Exists(_folder.File("second")));
    }

    [Fact]
    public async Task AFolderThatAlreadyHoldsAKeyIsNeverOverwrittenAndNothingIsRegistered()
    {
        var keyDir = _folder.File("taken");
        Tool.Ok(stack, "agencies", "add", "--id", OperatorStack.NewId("first"), "--name", "千代田区", "--lg", "131016",
            "--scope", "agency.procedures", "--generate-key", keyDir);
        var privateKey = File.ReadAllText(Path.Combine(keyDir, "private.pem"));
        var id = OperatorStack.NewId("second");

        var run = Tool.Run(stack, "agencies", "add", "--id", id, "--name", "千代田区", "--lg", "131016",
            "--scope", "agency.procedures", "--generate-key", keyDir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("上書きしません", run.Error, StringComparison.Ordinal);
        Assert.Equal(privateKey, File.ReadAllText(Path.Combine(keyDir, "private.pem")));
        Assert.Null(await stack.Clients.FindAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task APrivateKeyGivenAsThePublicKeyIsRefusedAndNothingIsStored()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = _folder.Write("private.pem", ecdsa.ExportPkcs8PrivateKeyPem());
        var id = OperatorStack.NewId("leak");

        var run = Tool.Run(stack, "agencies", "add", "--id", id, "--name", "千代田区", "--lg", "131016",
            "--scope", "agency.procedures", "--public-key", pem);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("秘密鍵です", run.Error, StringComparison.Ordinal);
        Assert.Null(await stack.Clients.FindAsync(id, CancellationToken.None));
    }

    public static TheoryData<string, Func<string>> WeakKeys => new()
    {
        { "RSA 1024", () => { using var rsa = RSA.Create(1024); return rsa.ExportSubjectPublicKeyInfoPem(); } },
        { "EC P-384", () => { using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP384); return ec.ExportSubjectPublicKeyInfoPem(); } },
        { "not a PEM", () => "hello" },
    };

    [Theory]
    [MemberData(nameof(WeakKeys))]
    public async Task KeysOfOtherKindsOrSizesAreRefused(string kind, Func<string> pem)
    {
        var file = _folder.Write("key.pem", pem());
        var id = OperatorStack.NewId("weak");

        var run = Tool.Run(stack, "agencies", "add", "--id", id, "--name", "千代田区", "--lg", "131016",
            "--scope", "agency.procedures", "--public-key", file);

        Assert.True(run.ExitCode == 1, $"{kind}: exit {run.ExitCode} {run.Error}");
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Null(await stack.Clients.FindAsync(id, CancellationToken.None));
    }

    public void Dispose() => _folder.Dispose();
}
