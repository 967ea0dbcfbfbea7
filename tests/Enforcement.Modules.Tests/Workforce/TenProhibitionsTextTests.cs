using NUnit.Framework;
using Enforcement.Workforce;
using Enforcement.Workforce.TenProhibitions;
using Microsoft.Extensions.Options;

namespace Enforcement.Modules.Tests.Workforce;

[TestFixture]
public sealed class TenProhibitionsTextTests
{
    private static readonly string[] Draft = Enumerable.Range(1, 10).Select(i => $"不准第{i}条").ToArray();

    private static TenProhibitionsText Text(IEnumerable<string> items, string? note = null) =>
        new(Options.Create(new WorkforceOptions { TenProhibitions = [.. items], TenProhibitionsNote = note }));

    [Test]
    public void The_hash_is_the_SHA256_of_the_items_one_per_line()
    {
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join('\n', Draft))));
        Assert.That(Text(Draft).Hash, Is.EqualTo(expected).And.Length.EqualTo(64));
    }

    [Test]
    public void Rewording_or_reordering_changes_the_hash_but_surrounding_spaces_do_not()
    {
        var reworded = Draft.ToArray();
        reworded[9] = "不准第十条（修订）";
        var reordered = Draft.Reverse().ToArray();
        var padded = Draft.Select(d => $"  {d} ").ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(Text(reworded).Hash, Is.Not.EqualTo(Text(Draft).Hash));
            Assert.That(Text(reordered).Hash, Is.Not.EqualTo(Text(Draft).Hash));
            Assert.That(Text(padded).Hash, Is.EqualTo(Text(Draft).Hash));
        });
    }

    [Test]
    public void An_empty_note_is_no_note() => Assert.That(Text(Draft, "  ").Note, Is.Null);
}
