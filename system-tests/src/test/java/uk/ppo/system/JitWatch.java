package uk.ppo.system;

import uk.ppo.suite.Suite;
import uk.ppo.suite.SuiteControl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import java.util.stream.Stream;

/**
 * How much CPU the JIT compiler threads of some JVMs of the suite have used so far, read from
 * {@code /proc} (Linux, as the suite itself). The benchmarks warm a path until its JVMs stop
 * compiling: on two cores a C2 compilation takes a core from the requests being measured, and the
 * offender-service kept its compiler busy for more than a minute of load after 30,000 requests.
 */
final class JitWatch {

    /** Clock ticks per second of {@code /proc/<pid>/task/<tid>/stat} times: 100 on every Linux the suite runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private final Map<String, Long> pids;

    /** Watches the JVMs named by the keys, with the values their process ids. */
    JitWatch(Map<String, Long> pids) {
        this.pids = Map.copyOf(pids);
    }

    /** The JVM a request direct to offender-service runs in. */
    static JitWatch offenderService(SuiteControl suite) {
        return new JitWatch(Map.of("offender-service", suite.servicePid(Suite.Service.OFFENDER)));
    }

    /** The JVMs a request to offender-service through the gateway runs in. */
    static JitWatch gatewayAndOffenderService(SuiteControl suite) {
        return new JitWatch(Map.of("gateway", suite.gatewayPid(), "offender-service", suite.servicePid(Suite.Service.OFFENDER)));
    }

    /** For each watched JVM, by name: milliseconds of CPU its compiler threads have used since it started. */
    Map<String, Long> compilerMillis() {
        return perJvm(JitWatch::compilerMillis);
    }

    /** {@code later} minus {@code earlier}, per JVM. */
    static Map<String, Long> since(Map<String, Long> earlier, Map<String, Long> later) {
        Map<String, Long> spent = new LinkedHashMap<>();
        later.forEach((jvm, total) -> spent.put(jvm, total - earlier.getOrDefault(jvm, 0L)));
        return spent;
    }

    /** For each watched JVM, by name: milliseconds of CPU all its threads have used since it started. */
    Map<String, Long> processMillis() {
        return perJvm(pid -> ticks(Path.of("/proc", Long.toString(pid))) * 1000 / TICKS_PER_SECOND);
    }

    /** {@code millisOf} each watched JVM's process id, by JVM name in name order. */
    private Map<String, Long> perJvm(LongUnaryOperator millisOf) {
        Map<String, Long> millis = new LinkedHashMap<>();
        pids.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(jvm -> millis.put(jvm.getKey(), millisOf.applyAsLong(jvm.getValue())));
        return millis;
    }

    private static long compilerMillis(long pid) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return threads.mapToLong(JitWatch::compilerThreadTicks).sum() * 1000 / TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the threads of process " + pid, e);
        }
    }

    /** utime + stime of a thread named "C1 CompilerThre..." or "C2 CompilerThre...", 0 for any other. */
    private static long compilerThreadTicks(Path thread) {
        try {
            String name = Files.readString(thread.resolve("comm"));
            return name.matches("C[12] CompilerThre.*\\s*") ? ticks(thread) : 0;
        } catch (IOException e) {
            return 0; // a thread that has just ended
        }
    }

    /** utime + stime of a process or thread ({@code /proc/<pid>} or {@code /proc/<pid>/task/<tid>}); 0 if it has gone. */
    private static long ticks(Path procEntry) {
        try {
            String stat = Files.readString(procEntry.resolve("stat"));
            // after the name in parentheses (which may hold spaces): state is field 3, utime 14, stime 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            return 0;
        }
    }
}
