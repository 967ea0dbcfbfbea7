using Enforcement.Documents;
using Enforcement.Documents.Fonts;
using Enforcement.Documents.Rendering;
using Enforcement.Documents.Templates;
using Microsoft.Extensions.Options;

namespace Enforcement.Modules.Tests.Documents;

/// <summary>The renderer with the default font (Debian fonts-wqy-microhei), as the host configures it.</summary>
internal static class Renderers
{
    public static readonly DocumentRenderer Default = new(new DocumentFont(Options.Create(new DocumentsOptions())));

    public static readonly DateTimeOffset Now = new(2026, 12, 20, 16, 0, 0, TimeSpan.FromHours(8));

    public static byte[] Render(string kind, Enforcement.Shared.Messages.Cases.CaseFile? c = null) =>
        Default.Render(DocumentTemplates.Find(kind)!, new DocumentInput(c ?? SampleCase.General(), SampleCase.Evidence()), Now);
}
