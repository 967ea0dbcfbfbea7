namespace Enforcement.Shared.Catalogue;

/// <summary>How the district hands an item to the brigade (委托/下放 modes of the pilot).</summary>
public enum DelegationMode
{
    /// <summary>派驻执法 — the brigade acts alone under the department's delegation.</summary>
    Dispatched,

    /// <summary>联合执法 — the brigade acts with the department taking part.</summary>
    Joint,

    /// <summary>未委托 — the department keeps the power; the brigade refers such complaints on.</summary>
    NotDelegated,
}

public static class DelegationModeNames
{
    public static string Code(this DelegationMode mode) => mode switch
    {
        DelegationMode.Dispatched => "dispatched",
        DelegationMode.Joint => "joint",
        _ => "not-delegated",
    };

    public static string Chinese(this DelegationMode mode) => mode switch
    {
        DelegationMode.Dispatched => "派驻执法",
        DelegationMode.Joint => "联合执法",
        _ => "未委托",
    };

    public static DelegationMode? Parse(string? code) => code switch
    {
        "dispatched" => DelegationMode.Dispatched,
        "joint" => DelegationMode.Joint,
        "not-delegated" => DelegationMode.NotDelegated,
        _ => null,
    };
}
