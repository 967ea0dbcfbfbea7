using Enforcement.Shared.Rules;

namespace Enforcement.Shared.Catalogue;

/// <summary>
/// 执法事项 — one delegated power: what is prohibited, on what legal basis, with what penalty.
/// </summary>
/// <param name="Code">Unique across all modules, e.g. <c>CG-AIR-001</c>.</param>
/// <param name="Department">The owning module's key.</param>
/// <param name="Field">执法领域, e.g. 市容环卫, 城市绿化, 渣土, 油烟, 环境保护.</param>
/// <param name="Violated">The provision the conduct breaks.</param>
/// <param name="PenaltyBasis">The provision that sets the penalty.</param>
public sealed record EnforcementItem(
    string Code,
    string Name,
    string Department,
    string Field,
    LegalBasis Violated,
    LegalBasis PenaltyBasis,
    PenaltyRange Penalty,
    string FormCode,
    KeywordRule Matching)
{
    /// <summary>Whether the simple procedure (简易程序, 行政处罚法 Art. 51) may be used.</summary>
    public bool SimpleProcedureAllowed { get; init; }

    public IReadOnlyList<EvidenceKind> RequiredEvidence { get; init; } = [EvidenceKind.Photo];

    /// <summary>
    /// The delegation the pilot configuration starts from: stationed departments' items are
    /// dispatched (派驻执法), liaison departments' joint (联合执法). The district changes it as data.
    /// </summary>
    public DelegationMode DefaultMode { get; init; } = DelegationMode.Dispatched;

    /// <summary>
    /// Whether 首违不罚 (行政处罚法 第三十三条第一款: a first offence with slight harm, promptly
    /// corrected, may go unfined) may be applied to this item. Off for matters of public safety,
    /// food safety and the like, where local lists exclude it.
    /// </summary>
    public bool FirstOffenceExemption { get; init; }

    /// <summary>Bumped when the item's content changes; an open case keeps the version it was filed under.</summary>
    public int Version { get; init; } = 1;
}
