namespace Enforcement.Cases.Cases;

/// <summary>
/// One action the case's procedure allows now, described so a page can render its form without knowing the
/// procedure: the page POSTs <c>{field name: value}</c> as JSON to <see cref="Url"/>. <see cref="Permitted"/>
/// says whether the caller's role may take it (another role's step is still listed, so the page can say who acts).
/// </summary>
public sealed record CaseActionView(string Code, string Name, string Url, IReadOnlyList<ActionField> Fields, bool Permitted = false);

/// <summary>
/// One input of an action. <see cref="Type"/> is one of <c>text</c>, <c>textarea</c>, <c>number</c>, <c>money</c>,
/// <c>date</c>, <c>datetime</c>, <c>choice</c>, <c>multi-choice</c>, <c>checkbox</c>, <c>officers</c> (badges),
/// <c>location</c> (spread as latitude/longitude/address) and <c>form</c> (the item's form, as an object).
/// A dotted <see cref="Name"/> such as <c>party.name</c> is a nested object in the body: <c>{"party": {"name": …}}</c>.
/// Empty optional fields are left out of the body.
/// </summary>
public sealed record ActionField(
    string Name, string Label, string Type, bool Required, IReadOnlyList<ActionOption>? Options = null, string? Hint = null);

public sealed record ActionOption(string Value, string Label);
