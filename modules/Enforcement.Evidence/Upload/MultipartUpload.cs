using System.Text;
using Enforcement.Evidence.Checks;
using Enforcement.Evidence.Kinds;
using Enforcement.Evidence.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Enforcement.Evidence.Upload;

/// <summary>
/// Reads a <c>multipart/form-data</c> upload section by section. The file is streamed straight to the
/// store's staging folder while it is hashed — never held in memory, never buffered by the framework —
/// and reading stops as soon as it passes the limit of its kind (or of the largest kind, when the
/// <c>kind</c> field comes after the file).
/// </summary>
internal static class MultipartUpload
{
    public const string FileField = "file";
    private const int MaxSections = 20;
    private const int MaxFieldChars = 4000;

    public static async Task<(UploadForm? Form, UploadRefusal? Refusal)> ReadAsync(
        HttpRequest request, EvidenceStore store, EvidenceOptions options, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return (null, UploadRefusal.UnsupportedType("请以 multipart/form-data 表单上传证据：文件字段 file，以及 step、kind、capturedAt、officer 等字段"));
        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > 70)
            return (null, UploadRefusal.Malformed("表单缺少有效的分段边界（boundary）"));

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        StagedFile? file = null;
        UploadRefusal? refusal = null;
        try
        {
            var reader = new MultipartReader(boundary, request.Body) { HeadersCountLimit = 8, HeadersLengthLimit = 8 * 1024 };
            var sections = 0;
            for (var section = await reader.ReadNextSectionAsync(ct); section is not null; section = await reader.ReadNextSectionAsync(ct))
            {
                if (++sections > MaxSections) { refusal = UploadRefusal.Malformed($"表单分段过多（最多 {MaxSections} 个）"); break; }
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                { refusal = UploadRefusal.Malformed("表单分段缺少 Content-Disposition: form-data"); break; }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                if (name == FileField)
                {
                    if (file is not null) { refusal = UploadRefusal.Invalid(FileField, "每次只能上传一个证据文件"); break; }
                    var known = EvidenceKinds.TryParse(fields.GetValueOrDefault("kind")?.Trim(), out var kind);
                    var limit = known ? options.MaxBytes[kind] : options.LargestMaxBytes;
                    file = await store.StageAsync(section.Body, limit, section.ContentType, fileName, ct);
                    if (file is null)
                    {
                        refusal = known ? SizeLimit.TooLarge(kind, limit)
                            : UploadRefusal.TooLarge($"文件超过证据文件的最大上限 {EvidenceOptions.Describe(limit)}，未保存");
                        break;
                    }
                }
                else if (fileName is not null)
                { refusal = UploadRefusal.Invalid(name.Length > 0 ? name : FileField, $"只接受一个名为 file 的文件字段，不接受“{name}”"); break; }
                else if (fields.ContainsKey(name))
                { refusal = UploadRefusal.Invalid(name, $"字段 {name} 重复"); break; }
                else
                {
                    var value = await ReadTextAsync(section.Body, ct);
                    if (value is null) { refusal = UploadRefusal.Invalid(name, $"字段 {name} 超过 {MaxFieldChars} 个字符"); break; }
                    fields[name] = value;
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            refusal = UploadRefusal.TooLarge(
                $"请求体超过上限 {EvidenceOptions.Describe(options.RequestLimit)}（证据文件最大 {EvidenceOptions.Describe(options.LargestMaxBytes)}），未保存");
        }
        catch (InvalidDataException)
        {
            refusal = UploadRefusal.Malformed("表单格式无效：multipart/form-data 分段头缺失或过长");
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException && !request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The body ended (or broke off) before the closing boundary: the upload is incomplete.
            refusal = UploadRefusal.Malformed("表单不完整：请求体在结束分隔符之前就已结束，证据未保存，请重新上传");
        }
        catch
        {
            if (file is not null) await file.DisposeAsync();
            throw;
        }

        if (refusal is null) return (new UploadForm(fields, file), null);
        if (file is not null) await file.DisposeAsync();
        return (null, refusal);
    }

    // A text field is short; one that runs on is refused rather than read into memory.
    private static async Task<string?> ReadTextAsync(Stream body, CancellationToken ct)
    {
        using var reader = new StreamReader(body, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
        var text = new StringBuilder();
        var buffer = new char[1024];
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), ct)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > MaxFieldChars) return null;
        }
        return text.ToString();
    }
}
