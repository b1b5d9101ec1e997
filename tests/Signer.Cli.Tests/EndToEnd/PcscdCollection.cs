using MynaCard.Testing;

namespace Signer.Cli.Tests.EndToEnd;

/// <summary>The tests that go through pcscd; they use vpcd's second reader, so MynaCard.Pcsc.Tests may run beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PcscdCollection : ICollectionFixture<PcscdFixture>
{
    public const string Name = "pcscd";
}
