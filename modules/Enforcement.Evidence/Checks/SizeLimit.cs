using Enforcement.Evidence.Kinds;
using Enforcement.Shared.Catalogue;

namespace Enforcement.Evidence.Checks;

/// <summary>An evidence file is neither empty nor larger than its kind allows.</summary>
internal static class SizeLimit
{
    public static UploadRefusal? Check(EvidenceKind kind, long size, EvidenceOptions options)
    {
        if (size == 0) return UploadRefusal.Invalid("file", "文件为空（0 字节），未保存");
        var max = options.MaxBytes[kind];
        return size > max ? TooLarge(kind, max) : null;
    }

    public static UploadRefusal TooLarge(EvidenceKind kind, long max) =>
        UploadRefusal.TooLarge($"{EvidenceKinds.Name(kind)}文件超过上限 {EvidenceOptions.Describe(max)}，未保存");
}
