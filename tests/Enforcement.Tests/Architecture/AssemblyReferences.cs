using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Enforcement.Tests.Architecture;

/// <summary>Reads an assembly's references from its metadata, without loading it.</summary>
internal static class AssemblyReferences
{
    public static IReadOnlyList<string> Of(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList();
    }
}
