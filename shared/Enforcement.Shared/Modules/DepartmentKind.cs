namespace Enforcement.Shared.Modules;

public enum DepartmentKind
{
    /// <summary>派驻 — stations officers at the sub-district.</summary>
    Stationed,

    /// <summary>联络 — names a fixed liaison officer.</summary>
    Liaison,
}

public static class DepartmentKindNames
{
    public static string Chinese(this DepartmentKind kind) => kind switch
    {
        DepartmentKind.Stationed => "派驻",
        DepartmentKind.Liaison => "联络",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Code(this DepartmentKind kind) => kind switch
    {
        DepartmentKind.Stationed => "stationed",
        DepartmentKind.Liaison => "liaison",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
