using System.Text.Json.Nodes;

namespace Portal.Domain.Information.Records;

/// <summary>A record's content once checked: its validity and, unless withheld, data that matches the category's schema.</summary>
public sealed record ValidInformation(DateOnly ValidFrom, DateOnly? ValidTo, bool Withheld, JsonObject? Data);
