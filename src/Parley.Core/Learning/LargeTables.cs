using System.Runtime.InteropServices;

namespace Parley.Learning;

/// <summary>
/// Allocation of the large, randomly probed weight tables. On Linux the array is pinned and its memory advised
/// to use transparent huge pages before it is first written: with 4 KB pages nearly every feature lookup in a
/// table of tens of megabytes also misses the TLB, and the page walks, which the processor can run only a few
/// at a time, serialize lookups that could otherwise overlap. Elsewhere (or if the advice is refused) it is a
/// plain array. Either way the contents are the same, so scores do not depend on it.
/// </summary>
internal static class LargeTables
{
    private const int HugePage = 2 << 20;
    private const int MadviseHugePage = 14;
    private const int MadviseCollapse = 25;

    /// <summary>The length from which <see cref="Allocate{T}"/> tries huge pages.</summary>
    public static int MinLength<T>()
        where T : unmanaged => 4 * HugePage / Marshal.SizeOf<T>();

    /// <summary>
    /// A zeroed array of <paramref name="length"/> elements, on huge pages where possible; pinned when it is on huge
    /// pages or <paramref name="pinned"/> asks for it (so that its address stays the same).
    /// </summary>
    public static T[] Allocate<T>(int length, bool pinned = false)
        where T : unmanaged
    {
        var bytes = (long)length * Marshal.SizeOf<T>();
        if (!OperatingSystem.IsLinux() || length < MinLength<T>())
            return pinned ? GC.AllocateArray<T>(length, pinned: true) : new T[length];
        var array = GC.AllocateUninitializedArray<T>(length, pinned: true);
        var start = Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
        var (first, size) = WholeHugePages(start, bytes);
        if (size > 0)
            TryAdvise(first, size, MadviseHugePage);
        // Cleared only now, so that the first touch of each page already follows the advice.
        Array.Clear(array);
        return array;
    }

    /// <summary>
    /// Asks Linux to move an existing large array onto huge pages now (<c>MADV_COLLAPSE</c>, Linux 6.1 and later;
    /// elsewhere nothing happens). The kernel copies page by page, so no second array is allocated.
    /// </summary>
    public static void Collapse<T>(T[] array)
        where T : unmanaged
    {
        if (!OperatingSystem.IsLinux() || array.Length < MinLength<T>())
            return;
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            var start = handle.AddrOfPinnedObject();
            var (first, length) = WholeHugePages(start, (long)array.Length * Marshal.SizeOf<T>());
            if (length > 0)
            {
                TryAdvise(first, length, MadviseHugePage);
                TryAdvise(first, length, MadviseCollapse);
            }
        }
        finally
        {
            handle.Free();
        }
    }

    // The huge pages lying wholly inside [start, start + bytes).
    private static (nint First, nuint Length) WholeHugePages(nint start, long bytes)
    {
        var first = (start + HugePage - 1) & ~(nint)(HugePage - 1);
        var end = (start + (nint)bytes) & ~(nint)(HugePage - 1);
        return end > first ? (first, (nuint)(end - first)) : (first, 0);
    }

    // The advice is only a hint: a C library without madvise leaves the tables on ordinary pages.
    private static void TryAdvise(nint address, nuint length, int advice)
    {
        try
        {
            _ = Advise(address, length, advice);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    [DllImport("libc", EntryPoint = "madvise", SetLastError = false)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Advise(nint address, nuint length, int advice);
}
