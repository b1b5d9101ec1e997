using System.Text.Json.Nodes;

namespace Infra.Tests;

/// <summary>The portal's Function App runs the .NET 10 isolated worker on Flex Consumption and connects with its own identity.</summary>
public class FunctionAppTests
{
    private static TemplateResource App => CompiledTemplate.OfMain.App("functions");

    [Fact]
    public void AppHasASystemAssignedIdentity()
    {
        Assert.Equal("SystemAssigned", (string?)App["identity"]?["type"]);
    }

    [Fact]
    public void AppRunsDotnetIsolatedTen()
    {
        var runtime = App["properties"]?["functionAppConfig"]?["runtime"];

        Assert.Equal("dotnet-isolated", (string?)runtime?["name"]);
        Assert.Equal("10.0", (string?)runtime?["version"]);
    }

    [Fact]
    public void EveryAppRunsOnAFlexConsumptionPlanOfItsOwn()
    {
        var plans = CompiledTemplate.OfMain.OfType("Microsoft.Web/serverfarms");

        // Flex Consumption hosts one app per plan: the portal's and the chatbot's.
        Assert.Equal(CompiledTemplate.OfMain.OfType("Microsoft.Web/sites").Count, plans.Count);
        Assert.All(plans, plan =>
        {
            Assert.Equal("FC1", (string?)plan["sku"]?["name"]);
            Assert.Equal("FlexConsumption", (string?)plan["sku"]?["tier"]);
        });
    }

    [Fact]
    public void DeploymentPackageStorageIsReachedWithTheSystemAssignedIdentity()
    {
        var storage = App["properties"]?["functionAppConfig"]?["deployment"]?["storage"];

        Assert.Equal("blobContainer", (string?)storage?["type"]);
        Assert.Equal("SystemAssignedIdentity", (string?)storage?["authentication"]?["type"]);
    }

    [Fact]
    public void AppIsTaggedAsTheAzdFunctionsService()
    {
        Assert.Contains("'azd-service-name', 'functions'", (string?)App["tags"], StringComparison.Ordinal);
    }

    [Fact]
    public void AppAcceptsHttpsOnlyWithTls12AndNoFtp()
    {
        Assert.True((bool?)App["properties"]?["httpsOnly"]);
        Assert.Equal("1.2", (string?)App["properties"]?["siteConfig"]?["minTlsVersion"]);
        Assert.Equal("Disabled", (string?)App["properties"]?["siteConfig"]?["ftpsState"]);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage__accountName")]
    [InlineData("Cosmos__Endpoint")]
    [InlineData("Cosmos__Database")]
    [InlineData("KeyVault__Uri")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    [InlineData("APPLICATIONINSIGHTS_AUTHENTICATION_STRING")]
    [InlineData("BotEventsQueue")]
    [InlineData("BotEventsStorage__queueServiceUri")]
    [InlineData("ResidentRefs__Key")]
    [InlineData("Histories__SigningKeys")]
    [InlineData("NoticeFanOutQueue")]
    [InlineData("NoticePushReportsQueue")]
    public void AppSettingIsConfigured(string name)
    {
        var settings = App["properties"]?["siteConfig"]?["appSettings"] as JsonArray ?? [];

        Assert.Contains(name, settings.Select(s => (string?)s?["name"]));
    }

    [Fact]
    public void NoAppSettingCarriesAKeyOrConnectionStringWithAKey()
    {
        var settings = TemplateResource.Json(App["properties"]?["siteConfig"]?["appSettings"]);

        Assert.DoesNotContain("AccountKey", settings, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("listKeys", settings, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SharedAccessSignature", settings, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The residentRef key is never in the template: the app reads it from the vault with its own identity.</summary>
    [Fact]
    public void TheResidentRefKeyIsAKeyVaultReferenceResolvedWithTheAppsIdentity()
    {
        var settings = App["properties"]?["siteConfig"]?["appSettings"] as JsonArray ?? [];
        var value = (string?)settings.Single(s => (string?)s?["name"] == "ResidentRefs__Key")?["value"] ?? "";

        // Compiled, the vault's URI is an ARM expression: [format('@Microsoft.KeyVault(SecretUri={0}secrets/…)', …)].
        Assert.Contains("@Microsoft.KeyVault(SecretUri=", value, StringComparison.Ordinal);
        Assert.Contains("secrets/portal-resident-ref-key)", value, StringComparison.Ordinal);
        Assert.Contains("keyVaultUri", value, StringComparison.Ordinal);
        Assert.Equal("SystemAssigned", (string?)App["properties"]?["keyVaultReferenceIdentity"]);
    }
}
