using MynaCard.Testing;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace MynaCard.Pcsc.Tests;

/// <summary>pcscd and vpcd's fixed port are one per machine: every test here is in this one collection, in sequence.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PcscdCollection : ICollectionFixture<PcscdFixture>
{
    public const string Name = "pcscd";
}
