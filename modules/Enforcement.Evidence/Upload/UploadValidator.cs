using Enforcement.Evidence.Checks;
using Enforcement.Evidence.Kinds;
using Enforcement.Evidence.Storage;
using Enforcement.Shared.Catalogue;

namespace Enforcement.Evidence.Upload;

/// <summary>An upload that passed every check, with its fields parsed and its display name cleaned.</summary>
internal sealed record ValidUpload(
    string Step, EvidenceKind Kind, DateTimeOffset CapturedAt, string? Location, double? Latitude, double? Longitude,
    string Officer, string? Description, string DisplayName, string ContentType, StagedFile File);

/// <summary>
/// Checks an upload's fields (all errors at once, 422), then its file: empty (422), too large for its
/// kind (413), a type the kind does not take or bytes that are not that type (415).
/// </summary>
internal static class UploadValidator
{
    public const int MaxOfficer = 64;
    public const int MaxLocation = 500;
    public const int MaxDescription = 2000;

    public static (ValidUpload? Upload, UploadRefusal? Refusal) Validate(UploadForm form, EvidenceOptions options, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [message];

        var step = form.Field("step");
        if (step is null) Add("step", "办案环节（step）为必填项，如 arrival（到场）、result（处置）、investigation（调查取证）");
        else if (!StepCode.IsValid(step)) Add("step", StepCode.Rule);

        var kindCode = form.Field("kind");
        var kind = default(EvidenceKind);
        if (kindCode is null) Add("kind", $"证据类型（kind）为必填项，须为 {EvidenceKinds.Choices}");
        else if (!EvidenceKinds.TryParse(kindCode, out kind)) Add("kind", $"未知的证据类型“{kindCode}”，须为 {EvidenceKinds.Choices}");

        if (CaptureTime.Check(form.Field("capturedAt"), now, out var capturedAt) is { } timeError) Add("capturedAt", timeError);

        var officer = form.Field("officer");
        if (officer is null) Add("officer", "拍摄（录制）人的执法证号（officer）为必填项");
        else if (officer.Length > MaxOfficer || officer.Any(char.IsControl)) Add("officer", $"执法证号（officer）须为不超过 {MaxOfficer} 个字符的单行文字");

        var location = form.Field("location");
        if (location is { Length: > MaxLocation }) Add("location", $"拍摄地点（location）不得超过 {MaxLocation} 个字符");
        if (Coordinates.Check(form.Field("latitude"), form.Field("longitude"), out var point) is { } pointError) Add("latitude", pointError);

        var description = form.Field("description");
        if (description is { Length: > MaxDescription }) Add("description", $"说明（description）不得超过 {MaxDescription} 个字符");

        var file = form.File;
        if (file is null) Add("file", "须上传一个证据文件（表单字段 file）");
        else if (SafeFileName.IsTraversal(file.OriginalName))
            Add("file", "文件名含有上级目录（..），疑为路径穿越，已拒收；请使用设备生成的原始文件名");

        if (errors.Count > 0) return (null, UploadRefusal.Invalid(errors));

        if (SizeLimit.Check(kind, file!.Size, options) is { } sizeRefusal) return (null, sizeRefusal);
        var format = FileSignature.Sniff(file.Head);
        if (ContentTypeRule.Check(kind, file.DeclaredContentType, format) is { } typeRefusal) return (null, typeRefusal);

        return (new ValidUpload(step!, kind, capturedAt, location, point?.Latitude, point?.Longitude, officer!, description,
            SafeFileName.Clean(file.OriginalName, format), ContentTypeRule.Normalize(file.DeclaredContentType)!, file), null);
    }
}
