namespace Bot.Channels.Line.Tests.Api;

/// <summary>Timing measurements run alone: other test classes on the same cores would measure the machine, not the limiter.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ThroughputCollection
{
    public const string Name = "throughput";
}
