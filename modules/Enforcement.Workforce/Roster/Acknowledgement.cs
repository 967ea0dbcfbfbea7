namespace Enforcement.Workforce.Roster;

/// <summary>
/// An officer's acknowledgement of the ten prohibitions (十不准): when, and the SHA-256 of the very
/// text acknowledged, so a later change of the text makes it no longer current.
/// </summary>
internal sealed class Acknowledgement
{
    public Guid Id { get; set; }
    public Guid OfficerId { get; set; }
    public DateTime At { get; set; }
    public string TextHash { get; set; } = "";
    public string RecordedBy { get; set; } = "";
}
