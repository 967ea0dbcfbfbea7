using Enforcement.Cases.Cases;
using Enforcement.Cases.Procedure;

namespace Enforcement.Tests.Cases;

/// <summary>The timeline names a procedure or clock action as its form does, from the one table of names.</summary>
public sealed class ActionNamesTests
{
    [TestCase("simple-decision", "当场处罚（简易程序）")]
    [TestCase("file", "立案（普通程序）")]
    [TestCase("investigate", "调查终结")]
    [TestCase("correction", "责令（限期）改正")]
    [TestCase("notify", "行政处罚事先告知")]
    [TestCase("statement", "记录陈述申辩")]
    [TestCase("request-hearing", "记录听证申请")]
    [TestCase("schedule-hearing", "通知听证")]
    [TestCase("hold-hearing", "记录听证")]
    [TestCase("legal-review", "法制审核")]
    [TestCase("extend", "批准延长作出决定期限")]
    [TestCase("decide", "作出处罚决定")]
    [TestCase("serve", "送达")]
    [TestCase("pay", "记录缴纳罚款")]
    [TestCase("close-proceeding", "处罚案件结案")]
    [TestCase("drop", "撤销立案 / 不予处罚")]
    [TestCase("archive", "归档")]
    [TestCase("pause-clock", "暂停时限")]
    [TestCase("resume-clock", "恢复时限")]
    [TestCase("extend-clock", "延长时限")]
    public void A_procedure_action_has_the_same_name_on_the_timeline_and_on_its_form(string code, string name) =>
        Assert.Multiple(() =>
        {
            Assert.That(ActionNames.Of(code), Is.EqualTo(name));
            Assert.That(ProcedureActionCatalog.Spec(new Case(), code).Name, Is.EqualTo(name));
        });

    [Test]
    public void An_unknown_action_is_shown_by_its_code_and_has_no_form() =>
        Assert.Multiple(() =>
        {
            Assert.That(ActionNames.Of("no-such-step"), Is.EqualTo("no-such-step"));
            Assert.That(() => ProcedureActionCatalog.Spec(new Case(), "no-such-step"), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
}
