using Portal.Testing.Hosting;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Testing;

namespace Portal.Functions.Tests.Forms;

public sealed class FormHttpTests : IAsyncLifetime
{
    private PortalFactory _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = new PortalFactory(await LocalStack.GetAsync());
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/api/forms/moving-out-notification", 2)]
    [InlineData("/api/forms/moving-out-notification/versions/1", 1)]
    [InlineData("/api/forms/child-allowance-certification", 1)]
    public async Task A_form_is_served_anonymously_with_its_schema_and_sections(string path, int version)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(version, form["version"]!.GetValue<int>());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", form["schema"]!["$schema"]!.GetValue<string>());
        Assert.NotEmpty(form["sections"]!.AsArray());
    }

    [Theory]
    [InlineData("/api/forms/no-such-form")]
    [InlineData("/api/forms/dog-registration/versions/7")]
    [InlineData("/api/forms/dog-registration/versions/latest")]
    public async Task An_unknown_form_or_version_is_a_form_not_found_problem(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://portal.example/problems/form-not-found", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Validation_returns_every_field_error_together_in_japanese()
    {
        var response = await _client.PostAsJsonAsync("/api/forms/dog-registration/versions/1/validation",
            new { answers = new { owner = new { kana = "わたなべ", postalCode = "98-1" }, keptAtOwnerAddress = true } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.False(result["valid"]!.GetValue<bool>());
        var errors = result["errors"]!.AsArray().Select(e => (e!["path"]!.GetValue<string>(), e["code"]!.GetValue<string>())).ToList();
        Assert.Contains(("owner.kana", "katakana"), errors);
        Assert.Contains(("owner.postalCode", "postal-code"), errors);
        Assert.Contains(("owner.name", "required"), errors);
        Assert.DoesNotContain(errors, e => e.Item1.StartsWith("place.", StringComparison.Ordinal));
        Assert.Contains(result["errors"]!.AsArray(), e => e!["message"]!.GetValue<string>() == "フリガナは全角カタカナで入力してください。");
    }

    [Fact]
    public async Task Validation_of_an_unknown_version_is_not_found()
    {
        var response = await _client.PostAsJsonAsync("/api/forms/dog-registration/versions/3/validation", new { answers = new { } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
