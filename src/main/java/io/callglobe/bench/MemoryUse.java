package io.callglobe.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak Java heap of this JVM and peak resident memory of a process, from /proc. */
final class MemoryUse {
    private MemoryUse() {
    }

    /** The heap pools' peaks summed: an upper bound, as the pools need not peak at once. */
    static long peakHeapBytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    /** VmHWM of this process in bytes, or -1 where /proc is not there. */
    static long peakRssBytes() {
        return peakRssBytes(ProcessHandle.current().pid());
    }

    /** VmHWM (peak resident set) of a running process in bytes, or -1 when it cannot be read. */
    static long peakRssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    static double mebibytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
