using Enforcement.Shared.Primitives;
using Microsoft.AspNetCore.Http;

namespace Enforcement.Shared.Infrastructure.Web;

/// <summary>Turns a command's outcome into an HTTP answer: the value, or a Chinese problem document.</summary>
public static class Outcomes
{
    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult> ok) =>
        result.Ok ? ok(result.Value!) : result.Problem!.ToHttp();

    public static IResult ToHttp(this Problem problem)
    {
        var status = problem.Kind switch
        {
            ProblemKind.NotFound => StatusCodes.Status404NotFound,
            ProblemKind.Conflict => StatusCodes.Status409Conflict,
            ProblemKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
            ProblemKind.Refused => StatusCodes.Status422UnprocessableEntity,
            _ => StatusCodes.Status400BadRequest,
        };
        return problem.Errors is null
            ? Results.Problem(detail: problem.Message, statusCode: status, title: Title(status))
            : Results.ValidationProblem(problem.Errors.ToDictionary(), detail: problem.Message, statusCode: status == 400 ? 422 : status, title: "提交的数据未通过校验");
    }

    private static string Title(int status) => status switch
    {
        404 => "未找到",
        409 => "当前状态不允许此操作",
        503 => "服务暂不可用",
        422 => "不符合法定程序或规则",
        _ => "请求无效",
    };
}
