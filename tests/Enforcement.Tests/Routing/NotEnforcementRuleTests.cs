using Enforcement.Routing.NonEnforcement;

namespace Enforcement.Tests.Routing;

public sealed class ConsultationRuleTests
{
    private readonly ConsultationRule _rule = new();

    [TestCase("请问一下这个政策是什么")]
    [TestCase("想咨询一下门口摆摊谁管")]
    public void Recognises_a_question(string text) => Assert.That(_rule.Match(text), Does.Contain("咨询"));

    [Test]
    public void Ignores_a_report() => Assert.That(_rule.Match("楼下饭店油烟太大"), Is.Null);

    [Test]
    public void Is_overruled_by_one_keyword_hit() => Assert.That(_rule.Overruled, Is.LessThanOrEqualTo(0.34));
}

public sealed class ProcedureQuestionRuleTests
{
    private readonly ProcedureQuestionRule _rule = new();

    [TestCase("办理营业执照需要什么材料")]
    [TestCase("城管大队几点上班")]
    [TestCase("健康证去哪里办")]
    public void Recognises_a_procedure_question(string text) => Assert.That(_rule.Match(text), Is.Not.Null);

    [Test]
    public void Ignores_a_report() => Assert.That(_rule.Match("有人无照经营卖衣服"), Is.Null);

    [Test]
    public void Is_never_overruled_by_the_items_its_words_recall() => Assert.That(_rule.Overruled, Is.EqualTo(double.PositiveInfinity));
}

public sealed class PraiseRuleTests
{
    private readonly PraiseRule _rule = new();

    [TestCase("感谢城管队员帮我们把违停的车处理了，送面锦旗")]
    [TestCase("给执法中队点个赞")]
    public void Recognises_praise(string text) => Assert.That(_rule.Match(text), Does.Contain("表扬"));

    [Test]
    public void A_thank_you_that_goes_on_to_complain_is_a_complaint() =>
        Assert.That(_rule.Match("感谢上次处理，但是那个烧烤摊又来了"), Is.Null);
}

public sealed class NeighbourDisputeRuleTests
{
    private readonly NeighbourDisputeRule _rule = new();

    [TestCase("楼上卫生间漏水到我家")]
    [TestCase("邻居借了我两万块钱一直不还")]
    [TestCase("隔壁的树挡住阳光")]
    public void Recognises_a_private_dispute(string text) => Assert.That(_rule.Match(text), Does.Contain("调解"));

    [Test]
    public void Ignores_neighbour_noise_which_is_enforcement() => Assert.That(_rule.Match("楼上邻居半夜跺脚放音乐"), Is.Null);
}

public sealed class OtherBodyRuleTests
{
    private readonly OtherBodyRule _rule = new();

    [TestCase("物业费涨价了", "物业")]
    [TestCase("医保卡报销不了", "医疗保障局")]
    [TestCase("房产证五年还没办下来", "不动产登记中心")]
    [TestCase("孩子的学位不够", "教育局")]
    public void Names_the_body_in_charge(string text, string body) => Assert.That(_rule.Match(text), Does.Contain(body));

    [Test]
    public void Ignores_an_enforcement_matter() => Assert.That(_rule.Match("工地半夜施工太吵"), Is.Null);
}

public sealed class NotEnforcementClassifierTests
{
    [Test]
    public void A_strong_enforcement_signal_overrules_a_consultation() =>
        Assert.That(NotEnforcementClassifier.Default.Classify("请问楼下烧烤油烟谁管", enforcementSignal: 0.5), Is.Null);

    [Test]
    public void Without_a_signal_the_consultation_stands() =>
        Assert.That(NotEnforcementClassifier.Default.Classify("请问一下这个政策是什么", 0)?.CategoryName, Is.EqualTo("咨询"));

    [Test]
    public void Praise_stands_whatever_items_it_mentions() =>
        Assert.That(NotEnforcementClassifier.Default.Classify("表扬城管把占道经营的摊子清走了", 1.5)?.Category, Is.EqualTo("praise"));

    [Test]
    public void A_plain_report_is_enforcement() =>
        Assert.That(NotEnforcementClassifier.Default.Classify("楼下饭店油烟太大", 0), Is.Null);
}
