using System.Text.Json.Nodes;
using Portal.Domain.Privacy;

namespace Portal.Domain.Tests.Privacy;

/// <summary>What the portal does with a found number; the check itself is in <see cref="IndividualNumbersTests"/>.</summary>
public sealed class IndividualNumberGuardTests
{
    [Fact]
    public void A_number_deep_in_a_json_tree_is_refused_with_its_path_and_without_its_digits()
    {
        var data = JsonNode.Parse("""{"applicant":{"children":[{"name":"花子","note":"個人番号 1234 5678 9018"}]}}""");
        var refused = Assert.Throws<IndividualNumberRefusedException>(() => IndividualNumberGuard.EnsureNone(data));
        Assert.Equal("$.applicant.children[0].note", refused.Field);
        Assert.DoesNotContain("9018", refused.Message);
    }

    [Fact]
    public void A_number_sent_as_a_json_number_is_refused_too() =>
        Assert.Throws<IndividualNumberRefusedException>(() => IndividualNumberGuard.EnsureNone(JsonNode.Parse("""{"n":123456789018}""")));

    [Fact]
    public void Ordinary_answers_pass() =>
        IndividualNumberGuard.EnsureNone(JsonNode.Parse("""{"postalCode":"100-0001","phone":"03-1234-5678","children":2,"corporate":"1234567890123"}"""));
}
