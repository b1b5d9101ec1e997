using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Storage;

namespace Portal.LocalHost.Tests.TestFunctions;

/// <summary>A Cosmos-backed API call, as a feature function would make one, for the fault tests.</summary>
public sealed class ParcelFunctions(PortalDatabase database)
{
    public sealed record Parcel(string Id, string ResidentId, string Label) : IDocument
    {
        [JsonIgnore]
        public string PartitionKey => ResidentId;
    }

    public static DocumentStore<Parcel> Store(PortalDatabase database) => new(database.Container(PortalContainers.Residents));

    [Function("GetParcel")]
    public async Task<IResult> GetParcel(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "parcels/{residentId}/{id}")] HttpRequest request,
        string residentId, string id, CancellationToken cancellationToken)
    {
        var parcel = await Store(database).ReadAsync(id, residentId, cancellationToken);
        return parcel is null ? TypedResults.NotFound() : TypedResults.Ok(parcel.Document);
    }
}
