using System.Text.Json.Nodes;

namespace Portal.Contracts.Clinics;

/// <summary>One record the insurer provided, as the clinic receives it with the patient's consent.</summary>
public sealed record ProvidedRecordView(string Provider, DateOnly ValidFrom, DateOnly? ValidTo, JsonObject? Data);
