using Enforcement.Documents.Rendering;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Documents;

[TestFixture]
public sealed class FileNamesTests
{
    [Test]
    public void The_download_name_is_the_document_and_the_case_number() =>
        Assert.That(FileNames.For("行政处罚决定书", "AJ20261127-3F9A1C2B"), Is.EqualTo("行政处罚决定书-AJ20261127-3F9A1C2B.pdf"));

    [Test]
    public void Characters_unsafe_in_a_header_or_a_path_are_replaced() =>
        Assert.That(FileNames.For("卷宗", "../\"a\r\nb;c"), Is.EqualTo("卷宗-____a__b_c.pdf"));
}
