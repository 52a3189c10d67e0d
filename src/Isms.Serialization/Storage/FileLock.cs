namespace Isms.Serialization.Storage;

/// <summary>
/// An operating-system lock on a lock file that exists only while it is held: the holder deletes the file before
/// letting go. A waiter that opened the file before it was deleted finds, once it holds the lock, that the path no
/// longer names the file it locked, and tries again; so two writers never both hold it. A crash leaves a file nobody
/// holds (the operating system releases the lock), which the next writer takes and removes.
/// </summary>
/// <remarks>On Linux and macOS the identity check uses the device and inode numbers; on Windows the file is opened
/// with <see cref="FileOptions.DeleteOnClose"/> and no sharing, so nobody can open it while it is held. Elsewhere the
/// lock file is left in place (it cannot be removed safely without the identity check).</remarks>
/// <threadsafety>One instance belongs to the writer that acquired it.</threadsafety>
internal sealed class FileLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _path;
    private readonly bool _removeOnRelease;

    private FileLock(FileStream stream, string path, bool removeOnRelease)
    {
        _stream = stream;
        _path = path;
        _removeOnRelease = removeOnRelease;
    }

    /// <summary>Takes the lock on <paramref name="path"/>, waiting for another holder until <paramref name="timeout"/>
    /// (counted from <paramref name="started"/>, a <see cref="Environment.TickCount64"/>).</summary>
    /// <param name="path">The lock file's path; its folder must exist.</param>
    /// <param name="timeout">How long to wait for another holder.</param>
    /// <param name="started">When the wait started.</param>
    /// <param name="timedOut">The error when another holder kept the lock too long.</param>
    /// <param name="unavailable">The error when the file system refuses (no folder, read-only, no permission): thrown at once.</param>
    public static FileLock Acquire(string path, TimeSpan timeout, long started, Func<Exception> timedOut, Func<Exception, Exception> unavailable)
    {
        var windows = OperatingSystem.IsWindows();
        while (true)
        {
            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1,
                    windows ? FileOptions.DeleteOnClose : FileOptions.None);
            }
            catch (IOException ex) when (IsSharingViolation(ex) || (windows && ex is not DirectoryNotFoundException && File.Exists(path)))
            {
                Wait(started, timeout, timedOut);
                continue;
            }
            catch (UnauthorizedAccessException) when (windows && File.Exists(path))
            {
                // A lock file whose deletion is pending: its holder is letting go.
                Wait(started, timeout, timedOut);
                continue;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw unavailable(ex);
            }

            if (windows)
            {
                return new FileLock(stream, path, removeOnRelease: false);
            }

            var held = FileStatus.OfHandle(stream.SafeFileHandle);
            if (!held.HasIdentity)
            {
                return new FileLock(stream, path, removeOnRelease: false);
            }

            var named = FileStatus.OfPath(path);
            if (named is { } current && current.Device == held.Device && current.Inode == held.Inode)
            {
                return new FileLock(stream, path, removeOnRelease: true);
            }

            // The holder we waited for removed the file: the path names a newer lock file, or none. Try again.
            stream.Dispose();
        }
    }

    /// <summary>True for the error of opening a file another holder has locked.</summary>
    public static bool IsSharingViolation(IOException error) => error.HResult switch
    {
        11 when OperatingSystem.IsLinux() => true, // EWOULDBLOCK from flock
        35 when OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() => true,
        unchecked((int)0x80070020) or unchecked((int)0x80070021) => true, // ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
        _ => false,
    };

    /// <summary>The operating system's reason, in words a person acts on.</summary>
    public static string Describe(Exception error) => error switch
    {
        DirectoryNotFoundException => "the folder does not exist",
        UnauthorizedAccessException => "permission denied (the folder or file is read-only or may not be written): " + error.Message,
        _ => error.Message,
    };

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_removeOnRelease)
        {
            try
            {
                File.Delete(_path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left behind: the next writer takes it and removes it.
            }
        }

        _stream.Dispose();
    }

    private static void Wait(long started, TimeSpan timeout, Func<Exception> timedOut)
    {
        if (Environment.TickCount64 - started >= (long)timeout.TotalMilliseconds)
        {
            throw timedOut();
        }

        Thread.Sleep(5);
    }
}
