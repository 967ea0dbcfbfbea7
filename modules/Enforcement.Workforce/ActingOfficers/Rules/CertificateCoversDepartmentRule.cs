using Enforcement.Workforce.Roster;

namespace Enforcement.Workforce.ActingOfficers.Rules;

/// <summary>
/// The certificate valid on the day must cover the field of the matter: the department whose item it
/// is. Silent when no certificate is valid; <see cref="CertificateValidRule"/> says so.
/// </summary>
internal sealed class CertificateCoversDepartmentRule : IActingOfficerRule
{
    public string? Check(Officer officer, ActingMatter matter)
    {
        var valid = officer.Certificates.Where(c => c.IsValidOn(matter.OnDay)).ToList();
        if (valid.Count == 0 || valid.Any(c => c.Covers(matter.Department))) return null;
        return $"{officer.Label} 的执法证 {string.Join("、", valid.Select(c => c.Number))} 未涵盖{matter.DepartmentName}的执法领域，" +
               "不能办理该部门的事项（《行政处罚法》第四十二条第一款）";
    }
}
