package uk.ppo.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU milliseconds the suite's PostgreSQL has used so far, from {@code /proc}: its postmaster (listening on the
 * suite's port), the backends alive now and those it has already reaped. Unlike wall time it hardly depends on
 * what else the shared machine is running.
 */
final class PostgresCpu {

    private static final long TICKS_PER_SECOND = 100;

    private PostgresCpu() {
    }

    static long millis(int port) {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            List<Path> processes = entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList();
            long postmaster = processes.stream().filter(p -> isPostmaster(p, port))
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString())).findFirst().orElse(-1);
            if (postmaster < 0) {
                return 0;
            }
            long ticks = 0;
            for (Path process : processes) {
                String[] stat = stat(process);
                if (stat.length == 0) {
                    continue;
                }
                long pid = Long.parseLong(process.getFileName().toString());
                // after the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
                if (pid == postmaster) {
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]) + Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
                } else if (Long.parseLong(stat[1]) == postmaster) {
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                }
            }
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean isPostmaster(Path process, int port) {
        try {
            String command = new String(Files.readAllBytes(process.resolve("cmdline"))).replace('\0', ' ');
            return command.contains("/bin/postgres ") && command.contains(" -p " + port + " ");
        } catch (IOException e) {
            return false;
        }
    }

    private static String[] stat(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }
}
