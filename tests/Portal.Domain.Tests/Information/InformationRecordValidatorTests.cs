using System.Text.Json.Nodes;
using Portal.Domain.Information.Catalogue;
using Portal.Domain.Information.Records;
using Portal.Domain.Privacy;
using Portal.Domain.Residents;

namespace Portal.Domain.Tests.Information;

/// <summary>A record is checked whole before anything is stored: dates, withheld or data, the category's schema, no individual number.</summary>
public sealed class InformationRecordValidatorTests
{
    private static readonly InformationCategory Household = InformationCatalogue.Embedded().Find("household")!;

    public static readonly TheoryData<string, string, string> Refused = new()
    {
        { """{"householdHead":"山田 太郎","relationship":"本人","members":[{"name":"山田 花子"}]}""", "data.members[0]", "required" },
        { """{"householdHead":"山田 太郎","relationship":"本人","members":[]}""", "data.members", "invalid" },
        { """{"householdHead":"山田 太郎","relationship":"本人","members":[{"name":"a","relationship":"b"}],"note":"x"}""", "data.note", "invalid" },
        { """["not an object"]""", "data", "type" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Data_that_breaks_the_schema_is_refused_naming_where(string data, string field, string code)
    {
        var refused = Assert.Throws<InvalidInputException>(() =>
            InformationRecordValidator.Validate(Household, "h1", new InformationRecordInput("2025-04-01", null, JsonNode.Parse(data), null)));

        Assert.Contains(refused.Errors, e => e.Field == field && e.Code == code);
    }

    [Fact]
    public void A_withheld_record_needs_no_data_and_keeps_none()
    {
        var valid = InformationRecordValidator.Validate(Household, "h1", new InformationRecordInput("2025-04-01", "2025-12-31", null, true));

        Assert.True(valid.Withheld);
        Assert.Null(valid.Data);
        Assert.Equal(new DateOnly(2025, 12, 31), valid.ValidTo);
    }

    [Theory]
    [InlineData("""{"householdHead":"123456789018","relationship":"本人","members":[{"name":"a","relationship":"b"}]}""", "h1")]
    [InlineData("""{"householdHead":"山田","relationship":"本人","members":[{"name":"a","relationship":"b"}],"x":123456789018}""", "h1")]
    [InlineData("""{"householdHead":"山田","relationship":"本人","members":[{"name":"a","relationship":"b"}]}""", "123456789018")]
    public void An_individual_number_anywhere_in_the_record_refuses_it_whole(string data, string recordId) =>
        Assert.Throws<IndividualNumberRefusedException>(() =>
            InformationRecordValidator.Validate(Household, recordId, new InformationRecordInput("2025-04-01", null, JsonNode.Parse(data), null)));
}
