using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Messages.Evidence;

namespace Enforcement.Documents.Templates;

/// <summary>What a document is made from: the case as the cases module tells it, and its evidence.</summary>
internal sealed record DocumentInput(CaseFile Case, IReadOnlyList<EvidenceRecord> Evidence);

/// <summary>One standard document: its code, its name, when it can be made, and how it is laid out.</summary>
internal interface IDocumentTemplate
{
    /// <summary>The code in the URL, e.g. <c>decision</c>.</summary>
    string Kind { get; }

    string Name(CaseFile c);

    /// <summary>Null when the case has what this document needs; else the missing step, in Chinese.</summary>
    string? Missing(CaseFile c);

    /// <summary>Whether the document lists the case's evidence (only then is it fetched).</summary>
    bool UsesEvidence => false;

    /// <summary>A note on the data behind the document, shown with it; null when there is none.</summary>
    string? Note => null;

    void Write(Layout.DocumentWriter w, DocumentInput input);
}
