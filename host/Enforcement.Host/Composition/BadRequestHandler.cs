using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Host.Composition;

/// <summary>
/// A malformed request (bad JSON, wrong types) gets a 400 with a Chinese explanation; anything else
/// unexpected gets a 500 problem without internals.
/// </summary>
internal sealed class BadRequestHandler(ILogger<BadRequestHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        IResult result;
        if (exception is BadHttpRequestException bad)
        {
            var detail = bad.InnerException is System.Text.Json.JsonException json
                ? $"请求体不是有效的 JSON，或字段类型不符：{json.Message}"
                : $"请求无效：{bad.Message}";
            result = TypedResults.Problem(detail: detail, statusCode: bad.StatusCode, title: "请求无效");
        }
        else
        {
            logger.LogError(exception, "Unhandled error on {Path}", http.Request.Path);
            result = TypedResults.Problem(detail: "服务器内部错误，操作未完成，请稍后重试。", statusCode: 500, title: "服务器错误");
        }
        await result.ExecuteAsync(http);
        return true;
    }
}
