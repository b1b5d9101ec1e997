using Portal.Domain.Identity.Clients;
using Portal.Operator.Tests.Support;
using Portal.Testing;

namespace Portal.Operator.Tests.Commands;

/// <summary>
/// The chatbot as a confidential client: <c>clients add</c> with a key registers it with private_key_jwt, and
/// <c>clients rotate-key</c> rotates its key the way agencies' keys are rotated.
/// </summary>
[Collection(OperatorStackCollection.Name)]
public sealed class ConfidentialClientTests(OperatorStack stack) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task AddingAClientWithAGeneratedKeyRegistersAConfidentialClientHoldingThePublicHalf()
    {
        var id = OperatorStack.NewId("bot");
        var keys = _folder.File("bot");

        var run = Tool.Ok(stack, "clients", "add", "--id", id, "--name", "マイナポータル チャットボット",
            "--grant", "device_code", "--grant", "refresh_token", "--scope", "openid", "--scope", "portal", "--generate-key", keys);

        var client = (await stack.Clients.FindAsync(id, CancellationToken.None))!.Document;
        Assert.Equal(ClientKinds.Confidential, client.Kind);
        Assert.True(client.UsesPrivateKeyJwt);
        Assert.Null(client.Agency);
        var key = Assert.Single(client.Keys);
        Assert.True(KeyChecks.Verifies(File.ReadAllText(Path.Combine(keys, "private.pem")), key.Jwk));
        Assert.Contains(key.KeyId, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConfidentialClientAddedAgainWithIfAbsentKeepsItsKeyAndMakesNoNewOne()
    {
        var id = OperatorStack.NewId("bot");
        Tool.Ok(stack, "clients", "add", "--id", id, "--name", "bot", "--grant", "device_code", "--scope", "openid",
            "--generate-key", _folder.File("first"));
        var before = await stack.Clients.FindAsync(id, CancellationToken.None);

        Tool.Ok(stack, "clients", "add", "--id", id, "--name", "bot", "--grant", "device_code", "--scope", "openid",
            "--generate-key", _folder.File("second"), "--if-absent");

        Assert.Equal(before!.ETag, (await stack.Clients.FindAsync(id, CancellationToken.None))!.ETag);
        Assert.False(Directory.Exists(_folder.File("second")));
    }

    [Fact]
    public async Task AConfidentialClientsKeyIsRotatedWithAnOverlapLikeAnAgencysKey()
    {
        var id = OperatorStack.NewId("bot");
        Tool.Ok(stack, "clients", "add", "--id", id, "--name", "bot", "--grant", "device_code", "--scope", "openid",
            "--generate-key", _folder.File("old"));
        var clock = new ManualClock(Tool.Start.AddDays(1));

        Tool.Ok(stack, clock, "clients", "rotate-key", "--id", id, "--generate-key", _folder.File("new"), "--overlap", "2d");

        var client = (await stack.Clients.FindAsync(id, CancellationToken.None))!.Document;
        Assert.Equal(2, client.Keys.Count);
        Assert.Equal(clock.Now.AddDays(2), client.Keys[0].NotAfter);
        Assert.True(KeyChecks.Verifies(File.ReadAllText(Path.Combine(_folder.File("new"), "private.pem")), client.Keys[1].Jwk));
    }

    [Fact]
    public void APublicClientHasNoKeyToRotate()
    {
        var id = OperatorStack.NewId("site");
        Tool.Ok(stack, "clients", "add", "--id", id, "--name", "site", "--grant", "device_code", "--scope", "openid");

        var run = Tool.Run(stack, "clients", "rotate-key", "--id", id, "--generate-key", _folder.File("k"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("公開クライアント", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
