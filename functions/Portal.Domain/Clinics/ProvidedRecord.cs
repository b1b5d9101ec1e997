using System.Text.Json.Nodes;

namespace Portal.Domain.Clinics;

/// <summary>One record the insurer provided (わたしの情報), as a clinic receives it with the patient's consent.</summary>
public sealed record ProvidedRecord(string Provider, DateOnly ValidFrom, DateOnly? ValidTo, JsonObject? Data);
