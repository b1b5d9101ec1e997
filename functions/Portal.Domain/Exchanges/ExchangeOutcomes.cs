namespace Portal.Domain.Exchanges;

/// <summary>Whether the data went out; a refused attempt is recorded too (§23 asks both sides to keep it).</summary>
public static class ExchangeOutcomes
{
    public const string Provided = "provided";

    public const string Refused = "refused";
}
