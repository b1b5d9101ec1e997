namespace Bot.Core.Tests.Support;

/// <summary>The conversation tests share one portal and one bot database.</summary>
[CollectionDefinition(Name)]
public sealed class BotTestCollection : ICollectionFixture<BotTestHost>
{
    public const string Name = "bot";
}
