using System.Runtime.InteropServices;

namespace Enforcement.Evidence.Storage;

/// <summary>
/// fsync on a directory, so that a rename into it survives a power cut: without it the database row
/// (synced on commit) could outlive the directory entry of its file. .NET cannot open a directory as a
/// file, hence libc. Windows has no directory fsync (NTFS journals its metadata), so there it does nothing.
/// </summary>
internal static class DirectorySync
{
    private const int ReadOnly = 0;

    public static void Flush(string directory)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD()) return;
        var fd = Open(directory, ReadOnly);
        if (fd < 0) throw new IOException($"无法打开目录 {directory} 以同步（errno {Marshal.GetLastPInvokeError()}）");
        try
        {
            if (Fsync(fd) != 0) throw new IOException($"目录 {directory} 同步失败（errno {Marshal.GetLastPInvokeError()}）");
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);
}
