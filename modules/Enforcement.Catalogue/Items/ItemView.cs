using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;

namespace Enforcement.Catalogue.Items;

public sealed record LegalBasisView(string Law, int Article, int? Paragraph, int? Clause, string Citation, string? CheckNote)
{
    public static LegalBasisView Of(LegalBasis b) => new(b.Law, b.Article, b.Paragraph, b.Clause, b.ToString(), b.CheckNote);
}

public sealed record PenaltyView(string Wording, FineBand? Fine, FineBand? OrganisationFine, string? LocalRule, bool AmountsSetLocally);

/// <summary>An item as the API shows it (the public power list's row).</summary>
public sealed record ItemView(
    string Code, string Name, string Department, string Field, LegalBasisView Violated, LegalBasisView PenaltyBasis,
    PenaltyView Penalty, bool SimpleProcedureAllowed, IReadOnlyList<string> RequiredEvidence, int Version,
    FormDefinition? Form)
{
    public static ItemView Of(EnforcementItem i, FormDefinition? form) => new(
        i.Code, i.Name, i.Department, i.Field, LegalBasisView.Of(i.Violated), LegalBasisView.Of(i.PenaltyBasis),
        new PenaltyView(i.Penalty.Wording, i.Penalty.Fine, i.Penalty.OrganisationFine, i.Penalty.LocalRule, i.Penalty.AmountsSetLocally),
        i.SimpleProcedureAllowed, i.RequiredEvidence.Select(e => e.ToString().ToLowerInvariant()).ToList(), i.Version, form);
}
