using Bot.Core.Privacy;
using Portal.Testing.Privacy;

namespace Bot.Core.Tests.Privacy;

/// <summary>The chatbot's detector over the table the portal's guard is tested with: the same answers, names included.</summary>
public sealed class IndividualNumberDetectorTests
{
    [Theory]
    [MemberData(nameof(IndividualNumberCases.Texts), MemberType = typeof(IndividualNumberCases))]
    public void A_text_holds_one_exactly_when_the_portal_says_so(string? text, bool expected) =>
        Assert.Equal(expected, IndividualNumberDetector.Contains(text));

    [Theory]
    [MemberData(nameof(IndividualNumberCases.Found), MemberType = typeof(IndividualNumberCases))]
    public void A_form_holds_one_whether_it_is_in_a_value_or_in_a_name(string text)
    {
        Assert.True(IndividualNumberDetector.ContainsAny(new Dictionary<string, string> { ["note"] = text }));
        Assert.True(IndividualNumberDetector.ContainsAny(new Dictionary<string, string> { [text] = "はい" }));
    }

    [Theory]
    [MemberData(nameof(IndividualNumberCases.NotFound), MemberType = typeof(IndividualNumberCases))]
    public void A_form_of_ordinary_names_and_answers_passes(string text) =>
        Assert.False(IndividualNumberDetector.ContainsAny(new Dictionary<string, string> { [text] = text }));
}
