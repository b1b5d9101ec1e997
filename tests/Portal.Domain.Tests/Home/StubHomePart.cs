using Portal.Domain.Home;
using Portal.Domain.Residents;

namespace Portal.Domain.Tests.Home;

/// <summary>A part that answers what it is given, throws, or takes its time (watching its token or not).</summary>
internal sealed class StubHomePart(string name, Func<CancellationToken, Task<HomeContribution>> read) : IHomePart
{
    public string Name => name;

    public Task<HomeContribution> ReadAsync(ResidentContext resident, CancellationToken cancellationToken) => read(cancellationToken);

    public static StubHomePart Answering(string name, HomeContribution contribution) => new(name, _ => Task.FromResult(contribution));

    public static StubHomePart Throwing(string name, Exception exception) => new(name, _ => Task.FromException<HomeContribution>(exception));

    /// <summary>Takes <paramref name="delay"/>; with <paramref name="watchesToken"/> false it never notices being cancelled.</summary>
    public static StubHomePart Slow(string name, TimeSpan delay, bool watchesToken) => new(name, async token =>
    {
        await Task.Delay(delay, watchesToken ? token : CancellationToken.None);
        return new HomeContribution();
    });
}
