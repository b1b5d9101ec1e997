using System.Text.Json.Serialization;

namespace Portal.Domain.Applications.Status;

/// <summary>Who changes a status: the receiving agency's staff or the resident who applied.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StatusActor>))]
public enum StatusActor
{
    Agency,
    Resident,
}
