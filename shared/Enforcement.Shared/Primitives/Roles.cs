namespace Enforcement.Shared.Primitives;

/// <summary>
/// The roles a signed-in user can hold. <see cref="Admin"/> is the set-up account that may do everything;
/// <see cref="Channel"/> is a channel integration (12345, the district platform) signed in with an API key.
/// </summary>
public static class Roles
{
    /// <summary>系统管理员 — the set-up account.</summary>
    public const string Admin = "admin";
    /// <summary>调度员 — works the unified inbox: triage, accept, dispatch.</summary>
    public const string Dispatcher = "dispatcher";
    /// <summary>执法队员 — acts on cases in the field.</summary>
    public const string Officer = "officer";
    /// <summary>大队长 / 政委 / 带班 — leads the brigade, watches the command room.</summary>
    public const string Commander = "commander";
    /// <summary>部门联络员 — sees its own department's joint cases only.</summary>
    public const string Liaison = "liaison";
    /// <summary>区级管理员 — sets delegations and module versions for the district.</summary>
    public const string DistrictAdmin = "district-admin";
    /// <summary>审计员 — reads the record and verifies it; changes nothing.</summary>
    public const string Auditor = "auditor";
    /// <summary>渠道接口 — a channel's API key; may only deliver work orders.</summary>
    public const string Channel = "channel";

    public static readonly IReadOnlyList<string> All = [Admin, Dispatcher, Officer, Commander, Liaison, DistrictAdmin, Auditor, Channel];
}

/// <summary>
/// Authorization policy names that modules put on their endpoints (<c>RequireAuthorization(Policies.X)</c>).
/// The host maps each to the roles that hold it, so modules never spell out role lists.
/// </summary>
public static class Policies
{
    /// <summary>Deliver work orders: channels, dispatchers, commanders.</summary>
    public const string Intake = "intake";
    /// <summary>Read the inbox and cases (a liaison sees only its department's joint cases).</summary>
    public const string ReadCases = "cases.read";
    /// <summary>Triage, accept and override work orders; dispatch cases.</summary>
    public const string Dispatch = "inbox.dispatch";
    /// <summary>Act on a case: arrival, result, procedure steps, evidence.</summary>
    public const string ActOnCase = "cases.act";
    /// <summary>Approve: legal review, extensions, major-case opinions (commander).</summary>
    public const string Approve = "cases.approve";
    /// <summary>Keep the roster: officers, certificates, duty checks.</summary>
    public const string ManageRoster = "roster.manage";
    /// <summary>Read the roster and duty board.</summary>
    public const string ReadRoster = "roster.read";
    /// <summary>Change delegations and see module versions (district).</summary>
    public const string District = "district";
    /// <summary>Read and verify the record.</summary>
    public const string Audit = "audit";
    /// <summary>Manage users and channel API keys.</summary>
    public const string ManageUsers = "users.manage";
}
