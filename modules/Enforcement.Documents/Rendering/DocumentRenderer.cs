using Enforcement.Documents.Archive;
using Enforcement.Documents.Fonts;
using Enforcement.Documents.Layout;
using Enforcement.Documents.Templates;

namespace Enforcement.Documents.Rendering;

/// <summary>Turns a case's data into PDF bytes; throws <see cref="DocumentFontException"/> when the font is unusable.</summary>
internal sealed class DocumentRenderer(DocumentFont font)
{
    public byte[] Render(IDocumentTemplate template, DocumentInput input, DateTimeOffset at)
    {
        using var w = new DocumentWriter(font.Family);
        w.NewPage();
        template.Write(w, input);
        return w.Finish($"{template.Name(input.Case)} {input.Case.CaseNumber}", input.Case.Authority, at);
    }

    public byte[] RenderCaseFile(CaseFileInput input) => CaseFileBundle.Write(font.Family, input);
}
