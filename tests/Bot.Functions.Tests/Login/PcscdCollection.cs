using MynaCard.Testing;

namespace Bot.Functions.Tests.Login;

/// <summary>
/// The tests that go through pcscd: vpcd's reader and its fixed port are one per machine, so they run one after another
/// and beside no other class of this assembly; the fixture starts pcscd (or fails, never skips) and stops what it started.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PcscdCollection : ICollectionFixture<PcscdFixture>
{
    public const string Name = "pcscd";
}
