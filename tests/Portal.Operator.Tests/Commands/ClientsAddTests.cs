using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Operator.Tests.Support;

namespace Portal.Operator.Tests.Commands;

[Collection(OperatorStackCollection.Name)]
public sealed class ClientsAddTests(OperatorStack stack)
{
    private const string DeviceCode = "urn:ietf:params:oauth:grant-type:device_code";

    [Fact]
    public async Task AddingAPublicClientStoresItWithFullGrantNamesAndItsScopes()
    {
        var id = OperatorStack.NewId("bot");
        var run = Tool.Ok(stack, "clients", "add", "--id", id, "--name", "マイナポータル チャットボット",
            "--grant", "device_code", "--grant", "refresh_token", "--scope", "openid", "--scope", "email", "--scope", "portal",
            "--scope", "registration");

        var client = (await stack.Clients.FindAsync(id, CancellationToken.None))!.Document;
        Assert.Equal("マイナポータル チャットボット", client.Name);
        Assert.Equal(ClientKinds.Public, client.Kind);
        Assert.Equal([DeviceCode, "refresh_token"], client.AllowedGrantTypes);
        Assert.Equal([PortalScopes.OpenId, PortalScopes.Email, PortalScopes.Portal, PortalScopes.Registration], client.AllowedScopes);
        Assert.Null(client.Agency);
        Assert.Empty(client.Keys);
        Assert.Equal(Tool.Start, client.CreatedAt);
        Assert.Contains(id, run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("device_code", DeviceCode)]
    [InlineData(DeviceCode, DeviceCode)]
    [InlineData("refresh_token", "refresh_token")]
    [InlineData("authorization_code", "authorization_code")]
    [InlineData("token-exchange", "urn:ietf:params:oauth:grant-type:token-exchange")]
    [InlineData("urn:ietf:params:oauth:grant-type:token-exchange", "urn:ietf:params:oauth:grant-type:token-exchange")]
    public async Task GrantsAreAcceptedInShortAndFullFormAndStoredAsTheTokenEndpointSeesThem(string given, string stored)
    {
        var id = OperatorStack.NewId("grant");
        Tool.Ok(stack, "clients", "add", "--id", id, "--name", "site", "--grant", given, "--scope", "openid");

        var client = (await stack.Clients.FindAsync(id, CancellationToken.None))!.Document;
        Assert.Equal([stored], client.AllowedGrantTypes);
    }

    [Fact]
    public async Task AddingAnExistingClientAgainFailsWithConflictAndChangesNothing()
    {
        var id = OperatorStack.NewId("dup");
        Tool.Ok(stack, "clients", "add", "--id", id, "--name", "first", "--grant", "device_code", "--scope", "openid");
        var before = await stack.Clients.FindAsync(id, CancellationToken.None);

        var run = Tool.Run(stack, "clients", "add", "--id", id, "--name", "second", "--grant", "device_code", "--scope", "portal");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("既に登録されています", run.Error, StringComparison.Ordinal);
        var after = await stack.Clients.FindAsync(id, CancellationToken.None);
        Assert.Equal(before!.ETag, after!.ETag);
        Assert.Equal("first", after.Document.Name);
    }

    [Fact]
    public async Task IfAbsentSucceedsWithoutChangingAnExistingClient()
    {
        var id = OperatorStack.NewId("seed");
        string[] add = ["clients", "add", "--id", id, "--name", "first", "--grant", "device_code", "--scope", "openid", "--if-absent"];
        Tool.Ok(stack, add);
        var before = await stack.Clients.FindAsync(id, CancellationToken.None);

        var again = Tool.Ok(stack, ["clients", "add", "--id", id, "--name", "other", "--grant", "refresh_token", "--scope", "portal", "--if-absent"]);

        Assert.Contains("変更なし", again.Output, StringComparison.Ordinal);
        var after = await stack.Clients.FindAsync(id, CancellationToken.None);
        Assert.Equal(before!.ETag, after!.ETag);
        Assert.Equal("first", after.Document.Name);
    }
}
