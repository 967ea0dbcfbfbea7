namespace Enforcement.Documents.Templates;

/// <summary>The standard documents, in the order a case produces them (and the 卷宗 binds them).</summary>
internal static class DocumentTemplates
{
    public static readonly IReadOnlyList<IDocumentTemplate> All =
        [new InspectionRecord(), new CorrectionOrder(), new PriorNotice(), new Decision(), new ServiceReceipt()];

    public static IDocumentTemplate? Find(string kind) => All.FirstOrDefault(t => t.Kind == kind);
}
