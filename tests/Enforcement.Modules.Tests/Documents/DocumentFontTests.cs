using Enforcement.Documents;
using Enforcement.Documents.Fonts;
using Microsoft.Extensions.Options;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Documents;

[TestFixture]
public sealed class DocumentFontTests
{
    [Test]
    public void A_missing_font_file_is_reported_with_the_Debian_package_to_install_and_the_setting_to_change()
    {
        var font = new DocumentFont(Options.Create(new DocumentsOptions { FontFile = "/nonexistent/wqy-microhei.ttc" }));
        Assert.That(() => font.Family, Throws.TypeOf<DocumentFontException>()
            .With.Message.Contains("/nonexistent/wqy-microhei.ttc")
            .And.Message.Contains("apt-get install -y fonts-wqy-microhei")
            .And.Message.Contains("Enforcement:Documents:FontFile"));
    }

    [Test]
    public void Two_configurations_in_one_process_get_their_own_family_names()
    {
        var first = new DocumentFont(Options.Create(new DocumentsOptions { FontIndex = 0 })).Family;
        var second = new DocumentFont(Options.Create(new DocumentsOptions { FontIndex = 1 })).Family;
        Assert.That(first, Is.Not.EqualTo(second));
        Assert.That(new DocumentFont(Options.Create(new DocumentsOptions())).Family, Is.EqualTo(first));
    }
}
