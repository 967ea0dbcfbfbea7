namespace Enforcement.Evidence.Storage;

/// <summary>
/// An upload written to a temporary file beside the store, with its hash, size and first bytes.
/// Disposing it removes the temporary file unless the store has taken it in.
/// </summary>
internal sealed class StagedFile(string tempPath, string sha256, long size, byte[] head) : IAsyncDisposable
{
    public string TempPath { get; } = tempPath;
    public string Sha256 { get; } = sha256;
    public long Size { get; } = size;
    public byte[] Head { get; } = head;

    /// <summary>From the multipart section: the declared media type and the name the uploader gave.</summary>
    public string? DeclaredContentType { get; init; }
    public string? OriginalName { get; init; }

    public ValueTask DisposeAsync()
    {
        EvidenceStore.DeleteQuietly(TempPath);
        return ValueTask.CompletedTask;
    }
}
