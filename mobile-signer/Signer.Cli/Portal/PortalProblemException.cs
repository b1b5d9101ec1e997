namespace Signer.Cli.Portal;

/// <summary>The portal refused with problem+json; <see cref="Slug"/> is the last segment of its type URI.</summary>
public sealed class PortalProblemException(int status, string? type, string? title, string? detail)
    : Exception($"The portal answered {status} {type}.")
{
    public int Status { get; } = status;
    public string? Type { get; } = type;
    public string? Title { get; } = title;
    public string? Detail { get; } = detail;
    public string? Slug => Type is null ? null : Type.TrimEnd('/')[(Type.TrimEnd('/').LastIndexOf('/') + 1)..];
}
