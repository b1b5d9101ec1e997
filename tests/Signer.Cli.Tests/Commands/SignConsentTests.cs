using Portal.Contracts.CardRequests;
using Signer.Cli.Tests.Fakes;

namespace Signer.Cli.Tests.Commands;

/// <summary>
/// A sign request with a consent question (the clinic's 薬剤情報・特定健診情報の提供に同意する): asked before the PIN,
/// in Japanese; the answer decides which document the card signs, and Enter alone (or anything but yes) is no.
/// </summary>
public sealed class SignConsentTests(TestCards cards) : IClassFixture<TestCards>, IAsyncLifetime
{
    private const string Question = "薬剤情報・特定健診情報の提供に同意する";

    private FakePortal _portal = null!;

    public async Task InitializeAsync() => _portal = await FakePortal.StartAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Theory]
    [InlineData("y", true)]
    [InlineData("はい", true)]
    [InlineData("", false)]
    [InlineData("n", false)]
    [InlineData("同意しない", false)]
    public async Task The_consent_question_is_asked_before_the_PIN_and_the_card_signs_the_answer(string typed, bool consented)
    {
        var card = cards.Issue();
        var link = _portal.Add(CardRequestPurposes.Sign, consentQuestion: Question);

        var run = await SignerRun.RunAsync($"{FakePortal.Code}\n{typed}\n{TestCards.AuthPin}\n{TestCards.SignPin}\n", "sign", link.ToString(), "--card", card);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(run.Output.IndexOf(Question, StringComparison.Ordinal) < run.Output.IndexOf("暗証番号（数字4桁）", StringComparison.Ordinal));
        Assert.Contains("同意しない場合は Enter のみ", run.Output);
        var received = Assert.Single(_portal.Submissions);
        Assert.True(received.SignatureValid);
        Assert.Equal(consented, received.Signature!.Consented);
    }

    [Fact]
    public async Task Without_a_consent_question_nothing_is_asked_and_the_answer_is_no()
    {
        var card = cards.Issue();

        var run = await SignerRun.RunAsync($"{FakePortal.Code}\n{TestCards.AuthPin}\n{TestCards.SignPin}\n", "sign",
            _portal.Add(CardRequestPurposes.Sign).ToString(), "--card", card);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.DoesNotContain("同意", run.Output);
        Assert.False(Assert.Single(_portal.Submissions).Signature!.Consented);
    }
}
