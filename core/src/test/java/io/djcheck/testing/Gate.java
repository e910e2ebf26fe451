package io.djcheck.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a test hold a check in the middle of its rules: a test pack's DRL consequence calls
 * {@code io.djcheck.testing.Gate.pass()}, which waits until the test releases it.
 */
public final class Gate {

    private static volatile CountDownLatch entered = new CountDownLatch(0);
    private static volatile CountDownLatch release = new CountDownLatch(0);

    private Gate() {
    }

    /** Closes the gate: the next {@link #pass()} waits for {@link #open()}. */
    public static void close() {
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
    }

    public static void open() {
        release.countDown();
    }

    /** Waits until a check has reached the gate. */
    public static boolean awaitArrival(long seconds) throws InterruptedException {
        return entered.await(seconds, TimeUnit.SECONDS);
    }

    /** Called by the rule: says it has arrived, then waits to be let through. */
    public static void pass() throws InterruptedException {
        entered.countDown();
        if (!release.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never opened the gate");
        }
    }
}
