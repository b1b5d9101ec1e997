using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Functions.Http.Problems;

/// <summary>Turns the portal's typed errors and bare error statuses into RFC 9457 problem details.</summary>
public sealed class ProblemMapper
{
    public ProblemHttpResult FromException(Exception exception, HttpContext http) => exception switch
    {
        PayloadTooLargeException e => Build(ProblemTypes.PayloadTooLarge, http,
            $"{e.LimitBytes:N0}バイト以下にして送信してください。", ("limitBytes", e.LimitBytes)),
        MalformedJsonException e => Build(ProblemTypes.MalformedJson, http, MalformedJsonDetail(e),
            ("reason", e.Reason), ("path", e.Path), ("line", e.LineNumber), ("bytePositionInLine", e.BytePositionInLine)),
        UnsupportedMediaTypeException => Build(ProblemTypes.UnsupportedMediaType, http,
            "Content-Type を application/json にして送信してください。"),
        ConcurrencyConflictException => Build(ProblemTypes.ConcurrencyConflict, http, null),
        DuplicateDocumentException => Build(ProblemTypes.Duplicate, http, null),
        DependencyUnavailableException e => Build(ProblemTypes.ServiceUnavailable, http, null, ("dependency", e.Dependency)),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Build(ProblemTypes.PayloadTooLarge, http, null),
        BadHttpRequestException e => Build(ProblemTypes.ForStatus(e.StatusCode), http, null),
        _ when StorageFailures.IsUnavailable(exception) => Build(ProblemTypes.ServiceUnavailable, http, null),
        _ => Build(ProblemTypes.InternalError, http, null),
    };

    public ProblemHttpResult FromStatus(int status, HttpContext http) => Build(ProblemTypes.ForStatus(status), http, null);

    public ProblemHttpResult Build(
        ProblemType type, HttpContext http, string? detail, params (string Key, object? Value)[] extensions)
    {
        var problem = new ProblemDetails
        {
            Type = type.Uri.ToString(),
            Status = type.Status,
            Title = type.Title,
            Detail = detail,
            Instance = http.Request.Path,
        };
        foreach (var (key, value) in extensions.Where(e => e.Value is not null))
        {
            problem.Extensions[key] = value;
        }
        if (CorrelationId.Of(http) is { } correlationId)
        {
            problem.Extensions["correlationId"] = correlationId;
        }
        return TypedResults.Problem(problem);
    }

    private static string MalformedJsonDetail(MalformedJsonException e) => e.Reason switch
    {
        "empty" => "リクエストの本文が空です。JSON を送信してください。",
        "shape" => $"項目 {e.Path ?? "$"} の値の形式が正しくありません（{e.LineNumber + 1}行目）。",
        _ => $"JSON の書き方に誤りがあります（{e.LineNumber + 1}行目、{e.BytePositionInLine + 1}バイト目付近）。",
    };
}
