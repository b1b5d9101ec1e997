using Microsoft.Extensions.Options;
using Portal.Domain.Identity.Tokens;
using Portal.Testing;

namespace Portal.Domain.Tests.Identity.Tokens;

/// <summary>The signing keys follow the folder (or the vault) without a restart, and a bad moment is not remembered.</summary>
public sealed class TokenSigningKeyStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("token-keys-").FullName;
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly TokenOptions _options = new();

    private TokenSigningKeyStore Store(ITokenSigningKeySource source) => new(source, _clock, Options.Create(_options));

    private LocalTokenSigningKeySource Folder() => new(_folder, _clock);

    [Fact]
    public async Task AKeyRotatedInTheFolderSignsAfterTheReloadIntervalWithoutARestart()
    {
        var store = Store(Folder());
        var before = (await store.GetAsync()).Current;

        Folder().Rotate();
        var stillBefore = (await store.GetAsync()).Current;
        _clock.Advance(_options.SigningKeyReloadInterval);
        var after = await store.GetAsync();

        Assert.Equal(before.Thumbprint, stillBefore.Thumbprint);
        Assert.NotEqual(before.Thumbprint, after.Current.Thumbprint);
        Assert.Equal(before.Thumbprint, after.Previous?.Thumbprint);
    }

    [Fact]
    public async Task AnUnknownKeyIdReloadsAtOnceButMadeUpOnesReloadAtMostOncePerMinimumInterval()
    {
        var source = new CountingSource(Folder());
        var store = Store(source);
        await store.GetAsync();
        _clock.Advance(_options.SigningKeyMinReloadInterval);

        for (var i = 0; i < 50; i++)
        {
            await store.GetForKeyIdAsync($"made-up-{i}");
        }
        var afterGarbage = source.Loads;
        _clock.Advance(_options.SigningKeyMinReloadInterval);
        Folder().Rotate();
        var rotated = await new TokenSigningKeyStore(Folder()).GetAsync();
        var found = await store.GetForKeyIdAsync(TokenSigningKeyStore.KeyIdOf(rotated.Current));

        Assert.Equal(2, afterGarbage);
        Assert.Equal(rotated.Current.Thumbprint, found.Current.Thumbprint);
    }

    [Fact]
    public async Task AFailedFirstLoadIsTriedAgainByTheNextCallerNotRememberedAsFailed()
    {
        var source = new FlakySource(Folder(), failures: 1);
        var store = Store(source);

        await Assert.ThrowsAsync<IOException>(store.GetAsync);
        var keys = await store.GetAsync();

        Assert.NotNull(keys.Current);
    }

    [Fact]
    public async Task AFailedReloadKeepsTheLastGoodKeysAndIsTriedAgainSoon()
    {
        var source = new FlakySource(Folder(), failures: 0);
        var store = Store(source);
        var first = (await store.GetAsync()).Current;
        Folder().Rotate();
        source.Failures = 1;

        _clock.Advance(_options.SigningKeyReloadInterval);
        var duringTheOutage = (await store.GetAsync()).Current;
        _clock.Advance(_options.SigningKeyMinReloadInterval);
        var afterIt = (await store.GetAsync()).Current;

        Assert.Equal(first.Thumbprint, duringTheOutage.Thumbprint);
        Assert.NotEqual(first.Thumbprint, afterIt.Thumbprint);
    }

    [Fact]
    public async Task ConcurrentCallersShareOneLoad()
    {
        var source = new CountingSource(Folder(), delay: TimeSpan.FromMilliseconds(200));
        var store = Store(source);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(store.GetAsync)));

        Assert.Equal(1, source.Loads);
    }

    [Fact]
    public async Task TwoHostsStartingOnAnEmptyFolderSignWithTheSameKey()
    {
        var keys = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Folder().LoadAsync(CancellationToken.None))));
        var onDisk = await Folder().LoadAsync(CancellationToken.None);

        Assert.All(keys, k => Assert.Equal(onDisk.Current.Thumbprint, k.Current.Thumbprint));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class CountingSource(ITokenSigningKeySource inner, TimeSpan delay = default) : ITokenSigningKeySource
    {
        private int _loads;

        public int Loads => _loads;

        public async Task<TokenSigningKeys> LoadAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _loads);
            await Task.Delay(delay, cancellationToken);
            return await inner.LoadAsync(cancellationToken);
        }
    }

    private sealed class FlakySource(ITokenSigningKeySource inner, int failures) : ITokenSigningKeySource
    {
        public int Failures { get; set; } = failures;

        public Task<TokenSigningKeys> LoadAsync(CancellationToken cancellationToken)
        {
            if (Failures > 0)
            {
                Failures--;
                throw new IOException("the vault did not answer");
            }
            return inner.LoadAsync(cancellationToken);
        }
    }
}
