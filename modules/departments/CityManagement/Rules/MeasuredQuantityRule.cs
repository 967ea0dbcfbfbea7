using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.CityManagement.Rules;

/// <summary>
/// A dumping or spillage finding must state how much was dumped, piled or spilled (立方米): the quantity
/// decides the discretion band and the clean-up order, and a case without it does not survive review.
/// </summary>
internal sealed class MeasuredQuantityRule : IResultRule
{
    /// <summary>Items whose form records a quantity in 立方米: 建筑垃圾, 道路遗撒, 生活垃圾 (倾倒 and 运输遗撒).</summary>
    public static readonly IReadOnlySet<string> Items = new HashSet<string> { "CG-ZT-001", "CG-SR-004", "CG-LJ-001", "CG-LJ-003" };

    public bool AppliesTo(string itemCode) => Items.Contains(itemCode);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (Findings.IsViolation(data) && Findings.PositiveNumber(data, "quantity") is null)
            yield return new FieldError("quantity", "认定存在倾倒、堆放或遗撒行为时，须填写测量的数量（立方米），且大于 0");
    }
}
