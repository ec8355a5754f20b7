package com.mailindashboard.support;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap measurements for the benchmarks in {@code src/test/bench}: the used heap after full GCs,
 * the heap pools' peaks, and (while watching) the largest heap any GC found before collecting.
 */
public final class HeapProbe {

    private final AtomicLong largest = new AtomicLong();
    private final AtomicInteger collections = new AtomicInteger();
    private final Map<NotificationEmitter, javax.management.NotificationListener> listeners = new HashMap<>();
    private volatile boolean watching = true;

    private HeapProbe() {
    }

    /** The used heap after three full GCs: what is retained. */
    public static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    public static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks()}: an upper bound of the peak heap. */
    public static long sumOfPeaks() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    public static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /** Starts watching GCs: {@link #stop()} returns the largest heap one found before collecting. */
    public static HeapProbe watchGc() {
        HeapProbe watch = new HeapProbe();
        Set<String> pools = heapPools().stream().map(MemoryPoolMXBean::getName)
                .collect(java.util.stream.Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                javax.management.NotificationListener listener = (notification, handback) -> {
                    if (!watch.watching || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                            .equals(notification.getType())) {
                        return;
                    }
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                            .from((CompositeData) notification.getUserData());
                    long total = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                            .filter(pool -> pools.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    watch.collections.incrementAndGet();
                    watch.largest.accumulateAndGet(total, Math::max);
                };
                emitter.addNotificationListener(listener, null, null);
                watch.listeners.put(emitter, listener);
            }
        }
        return watch;
    }

    public long stop() {
        watching = false;
        listeners.forEach((emitter, listener) -> {
            try {
                emitter.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException e) {
                // already gone
            }
        });
        return largest.get();
    }

    public int collections() {
        return collections.get();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
