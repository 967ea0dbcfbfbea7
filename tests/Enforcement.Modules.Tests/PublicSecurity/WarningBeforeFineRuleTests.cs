using Enforcement.Modules.PublicSecurity.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.PublicSecurity;

public sealed class WarningBeforeFineRuleTests
{
    private readonly WarningBeforeFineRule _rule = new();

    [TestCase("ZA-ZS-001", true)]
    [TestCase("ZA-DW-001", true)]
    [TestCase("ZA-DW-002", false)]   // 放任动物恐吓他人 is fined without a prior warning
    [TestCase("ZA-CZ-001", false)]
    public void Applies_to_the_warn_first_items(string code, bool applies) =>
        Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [Test]
    public void A_fine_after_an_unheeded_warning_passes() =>
        Assert.That(_rule.Check(RecordData.Of(new { measure = "罚款（由公安派出所决定）", priorWarning = "已警告，仍不改正" })), Is.Empty);

    [TestCase("此前未受警告")]
    [TestCase(null)]
    public void A_fine_without_a_prior_warning_is_refused(string? priorWarning) =>
        Assert.That(_rule.Check(RecordData.Of(new { measure = "罚款（由公安派出所决定）", priorWarning })).Single().Field,
            Is.EqualTo("priorWarning"));

    [Test]
    public void A_first_warning_needs_no_prior_one() =>
        Assert.That(_rule.Check(RecordData.Of(new { measure = "警告（由公安派出所决定）", priorWarning = "此前未受警告" })), Is.Empty);
}
