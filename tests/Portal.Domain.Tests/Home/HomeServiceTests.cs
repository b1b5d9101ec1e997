using System.Diagnostics;
using Microsoft.Extensions.Options;
using Portal.Domain.Home;
using Portal.Domain.Residents;

namespace Portal.Domain.Tests.Home;

/// <summary>ホーム's parts are read together: one failing or late part is left out and named, the rest still answer.</summary>
public sealed class HomeServiceTests
{
    private static readonly ResidentContext Resident = ResidentContext.Self("acc-home-test-000000000000", "web");

    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly RecordingLogger<HomeService> _logger = new();

    private HomeService Service(TimeSpan limit, params IHomePart[] parts) =>
        new(parts, Options.Create(new HomeOptions { PartTimeout = limit }), _logger);

    private static HomeTodo Draft(string id, int daysLeft) => new(HomeTodoKinds.Draft, id, "p", "手続", Now.AddDays(daysLeft), Now);

    private static StubHomePart Drafts => StubHomePart.Answering("drafts", new HomeContribution { Todo = [Draft("drf-1", 3)] });

    private static StubHomePart Proxies => StubHomePart.Answering("proxies", new HomeContribution
    {
        ActingFor = [new HomeActingFor("dlg-1", "委任 花子", ["applications"], Now.AddDays(30))],
    });

    [Fact]
    public async Task A_part_that_throws_is_left_out_and_named_while_the_others_answer()
    {
        var home = await Service(TimeSpan.FromSeconds(5), Drafts, StubHomePart.Throwing("notices", new InvalidOperationException("山田 花子")), Proxies)
            .GetAsync(Resident, CancellationToken.None);

        Assert.Equal(["notices"], home.Unavailable);
        Assert.Null(home.LatestNotices);
        Assert.Null(home.UnreadNotices);
        Assert.Equal("drf-1", Assert.Single(home.Todo).TargetId);
        Assert.Single(home.ActingFor!);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_part_slower_than_its_limit_is_left_out_and_named_without_the_answer_waiting_for_it(bool watchesToken)
    {
        var watch = Stopwatch.StartNew();
        var home = await Service(TimeSpan.FromMilliseconds(200), Drafts, StubHomePart.Slow("applications", TimeSpan.FromSeconds(10), watchesToken), Proxies)
            .GetAsync(Resident, CancellationToken.None);

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Equal(["applications"], home.Unavailable);
        Assert.Null(home.Applications);
        Assert.Single(home.Todo);
        Assert.Single(home.ActingFor!);
    }

    [Fact]
    public async Task Every_part_failing_still_answers_with_each_one_named()
    {
        var home = await Service(TimeSpan.FromMilliseconds(200),
            StubHomePart.Throwing("drafts", new TimeoutException()), StubHomePart.Slow("notices", TimeSpan.FromSeconds(10), true))
            .GetAsync(Resident, CancellationToken.None);

        Assert.Empty(home.Todo);
        Assert.Equal(["drafts", "notices"], home.Unavailable.Order());
    }

    [Fact]
    public async Task The_log_names_the_failed_part_and_the_account_but_never_what_the_error_quoted()
    {
        await Service(TimeSpan.FromSeconds(5), Drafts, StubHomePart.Throwing("publicFundsAccount", new InvalidOperationException("口座 1234567 山田 花子")))
            .GetAsync(Resident, CancellationToken.None);

        var line = Assert.Single(_logger.Lines);
        Assert.Contains("publicFundsAccount", line, StringComparison.Ordinal);
        Assert.Contains(Resident.PrincipalId, line, StringComparison.Ordinal);
        Assert.DoesNotContain("山田", line, StringComparison.Ordinal);
        Assert.DoesNotContain("1234567", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Todo_lists_the_most_urgent_kinds_first_and_drafts_by_the_soonest_expiry()
    {
        var applications = StubHomePart.Answering("applications", new HomeContribution
        {
            Todo = [new HomeTodo(HomeTodoKinds.CorrectionRequested, "R-1", "p", "手続", null, Now)],
        });
        var drafts = StubHomePart.Answering("drafts", new HomeContribution { Todo = [Draft("drf-late", 20), Draft("drf-soon", 2)] });
        var certificate = StubHomePart.Answering("certificate", new HomeContribution
        {
            Todo = [new HomeTodo(HomeTodoKinds.CertificateExpiring, null, "electronic-certificate-renewal", null, Now.AddDays(30), null)],
        });

        var home = await Service(TimeSpan.FromSeconds(5), drafts, certificate, applications).GetAsync(Resident, CancellationToken.None);

        Assert.Equal(["R-1", null, "drf-soon", "drf-late"], home.Todo.Select(t => t.TargetId));
        Assert.Empty(home.Unavailable);
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_not_hidden_as_an_unavailable_part()
    {
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Service(TimeSpan.FromSeconds(5), StubHomePart.Slow("notices", TimeSpan.FromSeconds(10), true)).GetAsync(Resident, gone.Token));
    }
}
