namespace Infra.Tests;

/// <summary>main.bicep's outputs become azd environment values under the names the app and the scripts read.</summary>
public class OutputsTests
{
    [Theory]
    [InlineData("AZURE_LOCATION")]
    [InlineData("AZURE_TENANT_ID")]
    [InlineData("AZURE_RESOURCE_GROUP")]
    [InlineData("AZURE_FUNCTION_APP_NAME")]
    [InlineData("AZURE_STORAGE_ACCOUNT_NAME")]
    [InlineData("AZURE_COSMOS_ENDPOINT")]
    [InlineData("AZURE_COSMOS_DATABASE_NAME")]
    [InlineData("AZURE_KEY_VAULT_URI")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    [InlineData("AZURE_BOT_FUNCTION_APP_NAME")]
    [InlineData("AZURE_BOT_FUNCTION_APP_URI")]
    [InlineData("AZURE_BOT_STORAGE_ACCOUNT_NAME")]
    [InlineData("AZURE_BOT_COSMOS_DATABASE_NAME")]
    [InlineData("AZURE_BOT_KEY_VAULT_NAME")]
    public void MainTemplateOutputs(string name)
    {
        Assert.NotNull(CompiledTemplate.OfMain.Root["outputs"]?[name]);
    }

    [Fact]
    public void EveryOutputNameIsUpperSnakeCase()
    {
        var names = CompiledTemplate.OfMain.Root["outputs"]?.AsObject().Select(p => p.Key) ?? [];

        Assert.All(names, n => Assert.Matches("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$", n));
    }
}
