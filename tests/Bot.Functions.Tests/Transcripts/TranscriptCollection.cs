namespace Bot.Functions.Tests.Transcripts;

/// <summary>All transcripts share one stack and run one after another (the machine is small; the fakes are shared).</summary>
[CollectionDefinition(Name)]
public sealed class TranscriptCollection : ICollectionFixture<TranscriptHosts>
{
    public const string Name = "Transcripts";
}
