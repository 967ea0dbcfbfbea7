using Enforcement.Evidence.Storage;

namespace Enforcement.Evidence.Upload;

/// <summary>An upload as it arrived: the text fields and the one staged file (if any). Disposing drops the staged file unless stored.</summary>
internal sealed class UploadForm(IReadOnlyDictionary<string, string> fields, StagedFile? file) : IAsyncDisposable
{
    public IReadOnlyDictionary<string, string> Fields { get; } = fields;
    public StagedFile? File { get; } = file;

    /// <summary>The trimmed value of a field; null when absent or blank.</summary>
    public string? Field(string name) => Fields.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    public ValueTask DisposeAsync() => File?.DisposeAsync() ?? ValueTask.CompletedTask;
}
