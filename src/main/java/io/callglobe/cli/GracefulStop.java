package io.callglobe.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets SIGTERM or Ctrl-C end a render cleanly: the signal only asks the frame loop to stop, and the JVM waits
 * until the loop has finalised the video, so an interrupted render still leaves a playable file.
 */
final class GracefulStop {
    private static final long FINALISE_WAIT_SECONDS = 60;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean requested;

    private GracefulStop() {
        hook = new Thread(() -> {
            requested = true;
            try {
                finished.await(FINALISE_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "callglobe-graceful-stop");
    }

    static GracefulStop install() {
        GracefulStop stop = new GracefulStop();
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    boolean requested() {
        return requested;
    }

    /** Called once the output is finalised (or abandoned): the JVM may now exit. */
    void done() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is already running and returns now that the latch is open.
        }
    }
}
