using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Enforcement.Documents.Fonts;

/// <summary>
/// Loads the font when the host starts, so a missing font shows in the start-up log, naming the Debian
/// package, rather than first at the counter. The rest of the platform keeps running: only documents
/// are refused (503) until the font is installed.
/// </summary>
internal sealed class FontStartupCheck(DocumentFont font, ILogger<FontStartupCheck> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _ = font.Family;
        }
        catch (DocumentFontException e)
        {
            log.LogError("执法文书不可用：{Problem}", e.Message);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
