using System.Text.Json.Nodes;
using Portal.Domain.Identity.Clients;
using Portal.Operator.Cli;
using Portal.Operator.Tests.Support;
using Portal.Testing;

namespace Portal.Operator.Tests.Commands;

/// <summary>
/// <c>sites add</c>: an external site is a client of kind site with the code grant only, its key, its exact redirect
/// URIs, its sector and the site scopes; anything else is a usage error that stores nothing. Keys rotate as agencies' do.
/// </summary>
[Collection(OperatorStackCollection.Name)]
public sealed class SitesAddTests(OperatorStack stack) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task ASiteIsStoredWithItsRedirectUrisItsSectorFromTheirHostItsScopesAndItsKey()
    {
        var id = OperatorStack.NewId("demo-site");
        var run = Tool.Ok(stack, "sites", "add", "--id", id, "--name", "デモサイト",
            "--redirect-uri", "https://demo.example/signin-oidc", "--redirect-uri", "https://demo.example/other",
            "--scope", "openid", "--scope", "name", "--scope", "information:tax-income", "--generate-key", _folder.File("site"));

        var client = (await stack.Clients.FindAsync(id, CancellationToken.None))!.Document;
        Assert.Equal(ClientKinds.Site, client.Kind);
        Assert.True(client.UsesPrivateKeyJwt);
        Assert.Equal([GrantTypes.AuthorizationCode], client.AllowedGrantTypes);
        Assert.Equal(["openid", "name", "information:tax-income"], client.AllowedScopes);
        Assert.Equal(["https://demo.example/signin-oidc", "https://demo.example/other"], client.RedirectUris);
        Assert.Equal("demo.example", client.SectorIdentifier);
        Assert.Null(client.Agency);
        var key = Assert.Single(client.Keys);
        Assert.Equal(KeyChecks.Thumbprint(key.Jwk), key.KeyId);
        Assert.True(KeyChecks.Verifies(File.ReadAllText(Path.Combine(_folder.File("site"), "private.pem")), key.Jwk));
        Assert.Contains("demo.example", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralRedirectHostsTakeTheSectorUrisHost()
    {
        var id = OperatorStack.NewId("two-hosts");
        Tool.Ok(stack, "sites", "add", "--id", id, "--name", "二つのホスト",
            "--redirect-uri", "https://a.example/cb", "--redirect-uri", "https://b.example/cb",
            "--sector-uri", "https://sector.example/redirect_uris.json", "--scope", "openid", "--generate-key", _folder.File("k"));

        Assert.Equal("sector.example", (await stack.Clients.FindAsync(id, CancellationToken.None))!.Document.SectorIdentifier);
    }

    [Fact]
    public async Task ALoopbackHttpRedirectUriIsAllowedForTheLocalDemoSite()
    {
        var id = OperatorStack.NewId("local-demo");
        Tool.Ok(stack, "sites", "add", "--id", id, "--name", "ローカルのデモ",
            "--redirect-uri", "http://localhost:5080/signin-oidc", "--scope", "openid", "--generate-key", _folder.File("k"));

        Assert.Equal("localhost", (await stack.Clients.FindAsync(id, CancellationToken.None))!.Document.SectorIdentifier);
    }

    [Theory]
    [InlineData("http://demo.example/signin-oidc", "openid", null)]
    [InlineData("https://demo.example/signin-oidc#x", "openid", null)]
    [InlineData("demo.example/signin-oidc", "openid", null)]
    [InlineData("https://demo.example/signin-oidc", "portal", null)]
    [InlineData("https://demo.example/signin-oidc", "agency.information", null)]
    [InlineData("https://demo.example/signin-oidc", "information:no-such-category", null)]
    [InlineData("https://demo.example/signin-oidc", "name", null)]
    [InlineData("https://demo.example/signin-oidc", "openid", "http://sector.example/")]
    public async Task AnUnacceptableRedirectUriScopeOrSectorIsAUsageErrorAndStoresNothing(string redirectUri, string scope, string? sectorUri)
    {
        var id = OperatorStack.NewId("refused");
        var args = new List<string> { "sites", "add", "--id", id, "--name", "拒否", "--redirect-uri", redirectUri, "--scope", scope,
            "--generate-key", _folder.File("k") };
        if (sectorUri is not null)
        {
            args.AddRange(["--sector-uri", sectorUri]);
        }
        var run = Tool.Run(stack, [.. args]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.NotEmpty(run.Error);
        Assert.Null(await stack.Clients.FindAsync(id, CancellationToken.None));
        Assert.False(Directory.Exists(_folder.File("k")) && Directory.EnumerateFiles(_folder.File("k")).Any());
    }

    [Fact]
    public async Task SeveralRedirectHostsWithoutASectorAreRefused()
    {
        var id = OperatorStack.NewId("no-sector");
        var run = Tool.Run(stack, "sites", "add", "--id", id, "--name", "セクターなし",
            "--redirect-uri", "https://a.example/cb", "--redirect-uri", "https://b.example/cb", "--scope", "openid", "--generate-key", _folder.File("k"));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--sector-uri", run.Error, StringComparison.Ordinal);
        Assert.Null(await stack.Clients.FindAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task ASiteKeyRotatesAsAnAgencysDoesAndShowTellsItsSector()
    {
        var id = OperatorStack.NewId("rotating");
        var clock = new ManualClock(Tool.Start);
        Tool.Ok(stack, clock, "sites", "add", "--id", id, "--name", "鍵交換", "--redirect-uri", "https://rotate.example/cb",
            "--scope", "openid", "--generate-key", _folder.File("first"));
        clock.Advance(TimeSpan.FromDays(30));

        Tool.Ok(stack, clock, "sites", "rotate-key", "--id", id, "--generate-key", _folder.File("second"), "--overlap", "1h");
        var shown = Tool.Ok(stack, clock, "sites", "show", "--id", id);

        var client = (await stack.Clients.FindAsync(id, CancellationToken.None))!.Document;
        Assert.Equal(2, client.Keys.Count);
        Assert.Single(client.KeysValidAt(clock.GetUtcNow() + TimeSpan.FromHours(2)));
        var view = JsonNode.Parse(shown.Output)!;
        Assert.Equal("rotate.example", (string?)view["sectorIdentifier"]);
        Assert.Equal("site", (string?)view["kind"]);
    }

    [Fact]
    public async Task IfAbsentLeavesARegisteredSiteAndItsKeyAsTheyAre()
    {
        var id = OperatorStack.NewId("seeded");
        string[] args = ["sites", "add", "--id", id, "--name", "起動時", "--redirect-uri", "https://seeded.example/cb",
            "--scope", "openid", "--generate-key", _folder.File("k"), "--if-absent"];
        Tool.Ok(stack, args);
        var before = (await stack.Clients.FindAsync(id, CancellationToken.None))!.Document.Keys.Single().KeyId;

        var again = Tool.Ok(stack, args);

        Assert.Contains("登録済み", again.Output, StringComparison.Ordinal);
        Assert.Equal(before, (await stack.Clients.FindAsync(id, CancellationToken.None))!.Document.Keys.Single().KeyId);
    }

    public void Dispose() => _folder.Dispose();
}
