using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Contracts.Canonical;

namespace Portal.Domain.Applications.Canonical;

/// <summary>
/// The canonical application document: the RFC 8785 bytes of <see cref="ApplicationContent"/> and their SHA-256, which
/// is the messageDigest the card signs. The same content in any member order gives the same bytes.
/// </summary>
public sealed class CanonicalDocument
{
    private readonly byte[] _bytes;
    private readonly byte[] _sha256;

    private CanonicalDocument(byte[] bytes)
    {
        _bytes = bytes;
        _sha256 = SHA256.HashData(bytes);
    }

    public ReadOnlyMemory<byte> Bytes => _bytes;

    public ReadOnlyMemory<byte> Sha256 => _sha256;

    public string Sha256Hex => Convert.ToHexStringLower(_sha256);

    public byte[] ToArray() => (byte[])_bytes.Clone();

    /// <exception cref="CanonicalizationException">The form data is not I-JSON.</exception>
    public static CanonicalDocument Create(ApplicationContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var attachments = new JsonArray();
        foreach (var attachment in content.Attachments)
        {
            attachments.Add(new JsonObject
            {
                ["name"] = attachment.Name,
                ["contentType"] = attachment.ContentType,
                ["size"] = attachment.Size,
                ["sha256"] = attachment.Sha256,
            });
        }
        var document = new JsonObject
        {
            ["procedureId"] = content.ProcedureId,
            ["formId"] = content.FormId,
            ["formVersion"] = content.FormVersion,
            ["localGovernmentCode"] = content.LocalGovernmentCode,
            ["data"] = JsonNode.Parse(content.Data.GetRawText()),
            ["attachments"] = attachments,
        };
        return new CanonicalDocument(JsonCanonicalizer.Canonicalize(JsonSerializer.SerializeToElement(document)));
    }

    /// <summary>Bytes already canonical (read back from storage); they are re-canonicalised to prove it.</summary>
    /// <exception cref="CanonicalizationException">The bytes are not the canonical form of themselves.</exception>
    public static CanonicalDocument FromCanonicalBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var parsed = JsonDocument.Parse(bytes);
        if (!JsonCanonicalizer.Canonicalize(parsed.RootElement).AsSpan().SequenceEqual(bytes))
        {
            throw new CanonicalizationException("The document is not in canonical form.");
        }
        return new CanonicalDocument((byte[])bytes.Clone());
    }
}
