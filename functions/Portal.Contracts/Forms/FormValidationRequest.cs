using System.Text.Json.Nodes;

namespace Portal.Contracts.Forms;

/// <summary>The answers to check, shaped as the form's schema describes.</summary>
public sealed record FormValidationRequest(JsonNode? Answers);
