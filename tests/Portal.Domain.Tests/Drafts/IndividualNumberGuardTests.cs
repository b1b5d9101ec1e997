using System.Text.Json.Nodes;
using Portal.Domain.Privacy;

namespace Portal.Domain.Tests.Drafts;

public sealed class IndividualNumberGuardTests
{
    [Theory]
    [InlineData("123456789018", true)]
    [InlineData("987654321093", true)]
    [InlineData("111111111118", true)]
    [InlineData("番号は201901011236です", true)]
    [InlineData("１２３４５６７８９０１８", true)]
    [InlineData("1234 5678 9018", true)]
    [InlineData("1234-5678-9018", true)]
    [InlineData("１２３４－５６７８－９０１８", true)]
    [InlineData("1234\u30005678\u30009018", true)]
    [InlineData("123456789017", false)]
    [InlineData("12345678901", false)]
    [InlineData("1123456789018", false)]
    [InlineData("1234--5678-9018", false)]
    [InlineData("電話 03-1234-5678", false)]
    [InlineData("", false)]
    public void Twelve_digits_with_a_valid_check_digit_are_found_however_they_are_written(string text, bool expected) =>
        Assert.Equal(expected, IndividualNumberGuard.ContainsIndividualNumber(text));

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
