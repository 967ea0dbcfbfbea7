using Enforcement.Shared.Rules.Discretion;

namespace Enforcement.Cases.Procedure.Actions;

/// <summary>当事人. <c>kind</c>: individual / organisation.</summary>
public sealed record PartyBody(string? Name, string? Kind, string? IdNumber, string? Address, string? Representative);

/// <summary>The circumstances the discretion benchmark weighs (行政处罚法 第32–34条). <c>harm</c>: none / slight / ordinary / serious.</summary>
public sealed record CircumstancesBody(
    bool FirstOffence = false, bool CorrectedPromptly = false, string? Harm = null, bool MitigatedHarm = false,
    bool NoFault = false, bool Repeat = false)
{
    public OffenceFacts ToFacts(Shared.Catalogue.PartyKind party) => new(party, FirstOffence, CorrectedPromptly,
        Harm switch { "none" => Shared.Rules.Discretion.Harm.None, "slight" => Shared.Rules.Discretion.Harm.Slight,
            "serious" => Shared.Rules.Discretion.Harm.Serious, _ => Shared.Rules.Discretion.Harm.Ordinary },
        MitigatedHarm, NoFault, Repeat);
}

public sealed record SimpleDecisionBody(
    IReadOnlyList<string>? Officers, PartyBody? Party, string? Facts, DateOnly? ViolationOn, string? Kind, decimal? Amount,
    CircumstancesBody? Circumstances);

public sealed record FilingBody(
    IReadOnlyList<string>? Officers, PartyBody? Party, string? Facts, DateOnly? ViolationOn, DateOnly? ViolationEndedOn,
    string? LongTimeBarReason);

public sealed record InvestigationBody(IReadOnlyList<string>? Officers, string? Summary);
public sealed record CorrectionBody(string? Requirement, DateOnly? Deadline);
public sealed record NoticeBody(string? Kind, decimal? Amount);
public sealed record StatementBody(string? Statement, bool Waived = false);
public sealed record HearingRequestBody(DateOnly? RequestedOn);
public sealed record HearingScheduleBody(DateTimeOffset? At, string? Place, string? Host);
public sealed record HearingHeldBody(bool PartyAppeared, string? Record);
public sealed record LegalReviewBody(bool? Passed, string? Opinion);
public sealed record ExtensionBody(int? Days, string? Reason, string? Basis);
public sealed record DecisionBody(string? Kind, decimal? Amount, string? DeviationReason, CircumstancesBody? Circumstances, string? Text);
public sealed record ServiceBody(string? Method, string? Recipient, string? Place);
public sealed record PaymentBody(DateOnly? PaidOn, decimal? Amount);
public sealed record NoteBody(string? Note);
public sealed record ClockChangeBody(string? Kind, string? Reason, int? Units);
