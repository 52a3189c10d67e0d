using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Isms.Serialization.Storage;

/// <summary>What kind of file system entry a path or an open handle is.</summary>
internal enum FileEntryKind
{
    /// <summary>The platform does not say (no native call on this platform): treated as a regular file.</summary>
    Unknown,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A named pipe (FIFO): opening it for reading blocks until a writer comes.</summary>
    Fifo,

    /// <summary>A character device (<c>/dev/zero</c>, a terminal).</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,
}

/// <summary>The kind and identity (device and inode) of a file, from the operating system.</summary>
/// <param name="Kind">The entry's kind.</param>
/// <param name="Device">The device number (0 when unknown).</param>
/// <param name="Inode">The inode number (0 when unknown).</param>
internal readonly record struct FileStatus(FileEntryKind Kind, ulong Device, ulong Inode)
{
    /// <summary>True when <see cref="Device"/> and <see cref="Inode"/> identify the file.</summary>
    public bool HasIdentity => Inode != 0;

    /// <summary>
    /// The status of the entry at <paramref name="path"/> (following symbolic links) without opening it, so a FIFO is
    /// recognised without blocking; null when it does not exist. On Windows, and where the native call is missing,
    /// the kind is <see cref="FileEntryKind.Unknown"/> or <see cref="FileEntryKind.Directory"/> and there is no identity.
    /// </summary>
    public static FileStatus? OfPath(string path)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            var native = NativeMethods.Stat(path);
            if (native is not null || !NativeMethods.Unavailable)
            {
                return native;
            }
        }

        return Directory.Exists(path) ? new FileStatus(FileEntryKind.Directory, 0, 0)
            : File.Exists(path) ? new FileStatus(FileEntryKind.Unknown, 0, 0)
            : null;
    }

    /// <summary>The status of an open file; <see cref="FileEntryKind.Unknown"/> without identity where the platform does not say.</summary>
    public static FileStatus OfHandle(SafeFileHandle handle)
    {
        if ((OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && NativeMethods.Stat(handle) is { } status)
        {
            return status;
        }

        return new FileStatus(FileEntryKind.Unknown, 0, 0);
    }

    /// <summary>
    /// Gives the file at <paramref name="existing"/> a second name, <paramref name="newPath"/>, failing if that name
    /// exists: an atomic "publish if absent" (<c>link(2)</c> on Linux and macOS; <c>MoveFileEx</c> without replace on
    /// Windows, which moves instead). <see cref="File.Move(string, string, bool)"/> without overwrite is not atomic on
    /// Unix (it checks, then renames).
    /// </summary>
    /// <returns>True when published; false when <paramref name="newPath"/> already exists.</returns>
    /// <exception cref="IOException">Another failure (no folder, read-only, no permission).</exception>
    public static bool TryPublish(string existing, string newPath)
    {
        if ((OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && !NativeMethods.Unavailable)
        {
            var result = NativeMethods.Link(existing, newPath, out var errno);
            if (result is not null)
            {
                return result.Value ? true
                    : errno == 17 ? false // EEXIST
                    : throw errno switch
                    {
                        2 => new DirectoryNotFoundException($"The folder of '{newPath}' does not exist."),
                        13 or 1 => new UnauthorizedAccessException($"Access to the path '{newPath}' is denied."),
                        _ => new IOException($"Cannot create '{newPath}' (errno {errno}).", errno),
                    };
            }
        }

        try
        {
            File.Move(existing, newPath, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(newPath))
        {
            return false;
        }
    }

    /// <summary>The calls to the C library (<c>statx</c> on Linux, <c>stat</c>/<c>fstat</c> on macOS).</summary>
    private static class NativeMethods
    {
        private const int AtFdCwd = -100;
        private const int AtEmptyPath = 0x1000;
        private const uint StatxTypeAndInode = 0x1 | 0x100;

        /// <summary>True once a native entry point turned out to be missing (an old C library): callers fall back.</summary>
        public static bool Unavailable { get; private set; }

        public static FileStatus? Stat(string path)
        {
            var buffer = new byte[256];
            try
            {
                var result = OperatingSystem.IsLinux()
                    ? LinuxStatx(AtFdCwd, path, 0, StatxTypeAndInode, buffer)
                    : RuntimeInformation.ProcessArchitecture == Architecture.X64 ? MacStatX64(path, buffer) : MacStat(path, buffer);
                return result == 0 ? Decode(buffer) : null;
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                Unavailable = true;
                return null;
            }
        }

        public static FileStatus? Stat(SafeFileHandle handle)
        {
            var buffer = new byte[256];
            var added = false;
            try
            {
                handle.DangerousAddRef(ref added);
                var fd = (int)handle.DangerousGetHandle();
                var result = OperatingSystem.IsLinux()
                    ? LinuxStatx(fd, string.Empty, AtEmptyPath, StatxTypeAndInode, buffer)
                    : RuntimeInformation.ProcessArchitecture == Architecture.X64 ? MacFstatX64(fd, buffer) : MacFstat(fd, buffer);
                return result == 0 ? Decode(buffer) : null;
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                Unavailable = true;
                return null;
            }
            finally
            {
                if (added)
                {
                    handle.DangerousRelease();
                }
            }
        }

        /// <summary>link(2): true when linked, false with the errno when refused, null when the call is missing.</summary>
        public static bool? Link(string existing, string newPath, out int errno)
        {
            errno = 0;
            try
            {
                if (LibcLink(existing, newPath) == 0)
                {
                    return true;
                }

                errno = Marshal.GetLastPInvokeError();
                return false;
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                Unavailable = true;
                return null;
            }
        }

        private static FileStatus Decode(byte[] buffer)
        {
            // Linux struct statx: stx_mode (u16) at 28, stx_ino (u64) at 32, stx_dev_major/minor (u32) at 136/140.
            // macOS struct stat (64-bit inodes): st_dev (i32) at 0, st_mode (u16) at 4, st_ino (u64) at 8.
            var linux = OperatingSystem.IsLinux();
            var mode = BitConverter.ToUInt16(buffer, linux ? 28 : 4);
            var inode = BitConverter.ToUInt64(buffer, linux ? 32 : 8);
            var device = linux
                ? ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140)
                : BitConverter.ToUInt32(buffer, 0);
            var kind = (mode & 0xF000) switch
            {
                0x8000 => FileEntryKind.Regular,
                0x4000 => FileEntryKind.Directory,
                0x1000 => FileEntryKind.Fifo,
                0x2000 => FileEntryKind.CharacterDevice,
                0x6000 => FileEntryKind.BlockDevice,
                0xC000 => FileEntryKind.Socket,
                _ => FileEntryKind.Unknown,
            };
            return new FileStatus(kind, device, inode);
        }

        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        private static extern int LinuxStatx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);

        [DllImport("libc", EntryPoint = "link", SetLastError = true)]
        private static extern int LibcLink([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);

        [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
        private static extern int MacStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);

        [DllImport("libc", EntryPoint = "stat$INODE64", SetLastError = true)]
        private static extern int MacStatX64([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);

        [DllImport("libc", EntryPoint = "fstat", SetLastError = true)]
        private static extern int MacFstat(int fd, [Out] byte[] buffer);

        [DllImport("libc", EntryPoint = "fstat$INODE64", SetLastError = true)]
        private static extern int MacFstatX64(int fd, [Out] byte[] buffer);
    }
}
