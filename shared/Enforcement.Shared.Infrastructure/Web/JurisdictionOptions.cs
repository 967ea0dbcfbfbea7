namespace Enforcement.Shared.Infrastructure.Web;

/// <summary>A sub-district (街道) this deployment serves.</summary>
public sealed record Jurisdiction(string Code, string Name);

/// <summary>
/// The sub-districts served, from configuration section <c>Enforcement:Jurisdictions</c>. By default
/// one; every record carries the code of the one it belongs to.
/// </summary>
public sealed class JurisdictionOptions
{
    public List<Jurisdiction> Jurisdictions { get; set; } = [];

    public IReadOnlyList<Jurisdiction> Served =>
        Jurisdictions.Count > 0 ? Jurisdictions : [new Jurisdiction("nanyuan", "南苑街道")];

    /// <summary>
    /// The jurisdiction a request names, or the only one served when it names none.
    /// Null when the name is unknown, or missing while several are served.
    /// </summary>
    public Jurisdiction? Resolve(string? code) =>
        string.IsNullOrWhiteSpace(code)
            ? (Served.Count == 1 ? Served[0] : null)
            : Served.FirstOrDefault(j => j.Code == code);
}
