using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Primitives;

namespace Enforcement.Evidence.Upload;

/// <summary>Evidence is attached only to a case that exists and is not yet archived (归档 seals the 卷宗).</summary>
internal static class CaseRule
{
    public static Problem? Check(Guid caseId, CaseHeader? header) =>
        header is null ? new Problem(ProblemKind.NotFound, $"案件 {caseId} 不存在")
        : header.Archived ? new Problem(ProblemKind.Conflict, $"案件 {header.Number} 已归档封存，不能再添加证据")
        : null;
}
