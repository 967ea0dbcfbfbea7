using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Modules;
using Enforcement.Shared.Primitives;
using Enforcement.Workforce.TenProhibitions;

namespace Enforcement.Workforce.Roster;

/// <summary>Builds <see cref="OfficerView"/>s: unit names from the loaded modules, validity as of today.</summary>
[ModuleService]
internal sealed class OfficerViews(ILoadedModules modules, TenProhibitionsText text, TimeProvider clock)
{
    public OfficerView Of(Officer o)
    {
        var today = LocalDay.Today(clock);
        var currentHash = text.Hash;
        var current = o.Certificates.Where(c => c.IsValidOn(today)).MaxBy(c => c.ValidUntil)
            ?? o.Certificates.MaxBy(c => c.IssuedOn);
        var acknowledged = o.Acknowledgements.Where(a => a.TextHash == currentHash).MaxBy(a => a.At);
        return new OfficerView(
            o.Badge, o.Name, o.Jurisdiction, o.Unit, UnitName(o.Unit), o.Role, LeadershipRoles.Names[o.Role], o.Username, o.Active,
            new DutyView(o.Duty, DutyStatuses.Names[o.Duty], Utc(o.DutySince)),
            current is null ? null : new CertificateSummary(current.Number, current.Fields, current.ValidUntil, current.IsValidOn(today)),
            acknowledged is not null, acknowledged is null ? null : Utc(acknowledged.At),
            o.DeactivatedAt is { } at ? new DeactivationView(Utc(at), o.DeactivationReason ?? "") : null,
            o.Certificates.OrderBy(c => c.IssuedOn).Select(c => new CertificateView(c.Number, c.Fields, c.Fields.Select(UnitName).ToList(),
                c.IssuedOn, c.ValidUntil, c.IssuingAuthority, c.IsValidOn(today), c.RevokedAt is { } r ? Utc(r) : null, c.RevocationReason)).ToList(),
            o.Interests.OrderBy(i => i.RecordedAt).Select(i => new InterestView(i.Id, i.Party, i.CaseId, i.Reason, i.RecordedBy, Utc(i.RecordedAt))).ToList(),
            o.Acknowledgements.OrderBy(a => a.At).Select(a => new AcknowledgementView(Utc(a.At), a.TextHash, a.TextHash == currentHash, a.RecordedBy)).ToList());
    }

    /// <summary>The brigade, or a department's Chinese name (its key if the module is no longer loaded).</summary>
    public string UnitName(string unit) =>
        unit == Units.Brigade ? Units.BrigadeName : modules.All.FirstOrDefault(m => m.Key == unit)?.Name ?? unit;

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
