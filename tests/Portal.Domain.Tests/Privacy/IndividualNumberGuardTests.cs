using System.Text.Json.Nodes;
using Portal.Domain.Privacy;
using Portal.Testing.Privacy;

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

    [Theory]
    [MemberData(nameof(IndividualNumberCases.JsonDocuments), MemberType = typeof(IndividualNumberCases))]
    public void Numbers_and_property_names_are_checked_as_well_as_strings(string json, bool refused)
    {
        var error = Record.Exception(() => IndividualNumberGuard.EnsureNone(JsonNode.Parse(json)));

        Assert.Equal(refused, error is IndividualNumberRefusedException);
    }

    [Theory]
    [MemberData(nameof(IndividualNumberCases.Texts), MemberType = typeof(IndividualNumberCases))]
    public void A_string_value_is_refused_exactly_when_it_holds_one(string? text, bool refused)
    {
        var error = Record.Exception(() => IndividualNumberGuard.EnsureNone(new JsonObject { ["note"] = text }));

        Assert.Equal(refused, error is IndividualNumberRefusedException);
    }
}
