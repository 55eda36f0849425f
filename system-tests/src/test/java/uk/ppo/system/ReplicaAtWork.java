package uk.ppo.system;

import uk.ppo.suite.Suite;
import uk.ppo.suite.SuiteControl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * Which replica of a service is working on a job now: the one whose JVM has a thread in the job's code, read from
 * its thread dump ({@code jcmd <pid> Thread.print}, the JDK's own tool). The replicas share one lease table and name
 * themselves by host name, so only the process itself tells them apart.
 */
final class ReplicaAtWork {

    private ReplicaAtWork() {
    }

    /** Waits until a thread of some replica of {@code service} runs code of {@code className}; that replica, from 0. */
    static int await(SuiteControl suite, Suite.Service service, String className, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            OptionalInt replica = now(suite, service, className);
            if (replica.isPresent()) {
                return replica.getAsInt();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no replica of " + service.module() + " ran " + className + " within " + timeout.toSeconds() + " s");
    }

    private static OptionalInt now(SuiteControl suite, Suite.Service service, String className) throws Exception {
        for (int replica = 0; replica < suite.config().replicas(); replica++) {
            long pid;
            try {
                pid = suite.servicePid(service, replica);
            } catch (IllegalStateException killedBefore) {
                continue;
            }
            if (threadDump(pid).contains("." + className + ".")) {
                return OptionalInt.of(replica);
            }
        }
        return OptionalInt.empty();
    }

    private static String threadDump(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print").redirectErrorStream(true).start();
        String dump = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return dump;
    }
}
