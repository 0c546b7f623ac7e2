package io.callglobe.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/** Peak Java heap of this JVM and peak resident memory of a process, from /proc. */
final class MemoryUse {
    private static final AtomicLong PEAK_HEAP = new AtomicLong();
    private static boolean watching;

    private MemoryUse() {
    }

    /**
     * Starts following the heap: it is fullest just before each collection, which every collector reports. The
     * pools' own peaks cannot simply be added up, as they do not peak at the same moment.
     */
    static synchronized void watchHeap() {
        if (watching) {
            return;
        }
        watching = true;
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    Map<String, MemoryUsage> before = GarbageCollectionNotificationInfo
                            .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageBeforeGc();
                    long used = before.entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    PEAK_HEAP.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    /** The most heap in use at once since {@link #watchHeap()}, the present use included. */
    static long peakHeapBytes() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return PEAK_HEAP.accumulateAndGet(now, Math::max);
    }

    /** VmHWM of this process in bytes, or -1 where /proc is not there. */
    static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
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
