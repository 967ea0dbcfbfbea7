using Microsoft.AspNetCore.Http;

namespace Enforcement.Evidence.Checks;

/// <summary>
/// Why an upload is refused: the HTTP status, a Chinese message and, for form errors, the message
/// for each field at fault. Nothing of a refused upload is kept.
/// </summary>
internal sealed record UploadRefusal(int Status, string Message, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static UploadRefusal Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(StatusCodes.Status422UnprocessableEntity, $"证据未保存：{string.Join("；", errors.Values.SelectMany(m => m))}", errors);

    public static UploadRefusal Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static UploadRefusal Malformed(string message) => new(StatusCodes.Status400BadRequest, message);

    public static UploadRefusal TooLarge(string message) => new(StatusCodes.Status413PayloadTooLarge, message);

    public static UploadRefusal UnsupportedType(string message) => new(StatusCodes.Status415UnsupportedMediaType, message);

    public IResult ToHttp() => Errors is not null
        ? Results.ValidationProblem(Errors.ToDictionary(), detail: Message, statusCode: Status, title: "提交的数据未通过校验")
        : Results.Problem(detail: Message, statusCode: Status, title: Status switch
        {
            StatusCodes.Status413PayloadTooLarge => "文件过大",
            StatusCodes.Status415UnsupportedMediaType => "文件类型不符",
            _ => "请求无效",
        });
}
