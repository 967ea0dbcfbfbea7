namespace Enforcement.Evidence.Persistence;

/// <summary>
/// One evidence file attached to a case step (证据): what, when and where it was captured, by which
/// officer, who uploaded it, and the SHA-256 that addresses its bytes. Rows are only ever added.
/// </summary>
internal sealed class Attachment
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public string Jurisdiction { get; set; } = "";
    public string Step { get; set; } = "";
    public string Kind { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public DateTime CapturedAt { get; set; }

    /// <summary>The zone the capture time was given in, so it reads back as the officer wrote it.</summary>
    public int CapturedOffsetMinutes { get; set; }

    public string? Location { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string Officer { get; set; } = "";
    public string? Description { get; set; }
    public DateTime UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";

    public DateTimeOffset CapturedAtOffset =>
        new DateTimeOffset(CapturedAt, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(CapturedOffsetMinutes));
}
