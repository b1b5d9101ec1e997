using Bot.Core.Forms;
using Bot.Core.Login;
using Bot.Core.Tests.Support;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Forms;

/// <summary>やること's continue buttons on a channel without a session: a login first (then the same button continues).</summary>
[Collection(BotTestCollection.Name)]
public sealed class ResumeTests(BotTestHost host)
{
    [Fact]
    public async Task AContinueButtonPressedWithoutALoginAsksForTheLoginAndKeepsTheButtonAsTheIntent()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var resume = FormActions.Resume("d-0123456789").ToString();

        var replies = await bot.PressAsync(user, resume);

        Assert.Contains(LoginTexts.Needed.Text, Text(replies));
        Assert.DoesNotContain("準備中", Text(replies));
        Assert.Null((await bot.StoredAsync(user)).State.Form);
        var pending = (await bot.StoredAsync(user)).State.PendingLogin;
        Assert.True(pending is null || pending.Intent == resume, $"intent {pending?.Intent}");
    }
}
