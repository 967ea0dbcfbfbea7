namespace Enforcement.Workforce.Roster;

/// <summary>
/// 执法人员 — one officer on the brigade's roster. Never deleted: an officer who leaves is
/// deactivated, with the reason on the record.
/// </summary>
internal sealed class Officer
{
    public Guid Id { get; set; }
    public string Jurisdiction { get; set; } = "";
    /// <summary>Badge number (e.g. <c>NY-001</c>), unique, stored upper-case.</summary>
    public string Badge { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary><see cref="Units.Brigade"/>, or the department module key a stationed officer comes from.</summary>
    public string Unit { get; set; } = "";
    /// <summary>A <see cref="LeadershipRoles"/> code.</summary>
    public string Role { get; set; } = LeadershipRoles.None;
    /// <summary>The officer's own sign-in name, so the officer can confirm duty checks.</summary>
    public string? Username { get; set; }
    /// <summary>A <see cref="DutyStatuses"/> code.</summary>
    public string Duty { get; set; } = DutyStatuses.OffDuty;
    public DateTime DutySince { get; set; }
    public bool Active { get; set; } = true;
    public DateTime? DeactivatedAt { get; set; }
    public string? DeactivationReason { get; set; }
    public DateTime RegisteredAt { get; set; }

    public List<Certificate> Certificates { get; set; } = [];
    public List<Acknowledgement> Acknowledgements { get; set; } = [];
    public List<Interest> Interests { get; set; } = [];

    /// <summary>How problems and documents name the officer: <c>执法人员 NY-003 王五</c>.</summary>
    public string Label => $"执法人员 {Badge} {Name}";
}
