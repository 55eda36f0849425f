package uk.ppo.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A child process of the local run (Keycloak, a service, the gateway): output to a log file, a pid
 * file so a later start can clean up after a launcher killed with {@code kill -9}, a health URL to
 * wait for, and a stop that takes its whole process tree down.
 */
final class ManagedProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Path logFile;
    private final Path pidFile;
    private final URI readyUrl;
    private Process process;

    ManagedProcess(String name, List<String> command, Map<String, String> environment, Path workingDirectory,
                   Path runDirectory, URI readyUrl) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.logFile = runDirectory.resolve("logs").resolve(name + ".log");
        this.pidFile = runDirectory.resolve("pids").resolve(name + ".pid");
        this.readyUrl = readyUrl;
    }

    String name() {
        return name;
    }

    URI readyUrl() {
        return readyUrl;
    }

    Path logFile() {
        return logFile;
    }

    synchronized void start() {
        try {
            stopStale();
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(pidFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Waits until the ready URL answers 200; fails at once if the process dies. */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Process current;
            synchronized (this) {
                current = process;
            }
            if (current == null) {
                throw new IllegalStateException(name + " was stopped before it was ready");
            }
            if (!current.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + current.exitValue()
                        + " before it was ready. Last lines of " + logFile + ":\n" + tail(40));
            }
            if (answers200(readyUrl)) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " was not ready at " + readyUrl + " within " + timeout.toSeconds()
                + " s. Last lines of " + logFile + ":\n" + tail(40));
    }

    synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException(name + " is not running");
        }
        return process.pid();
    }

    synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Asks the process tree to stop (SIGTERM), then kills what is left after the grace period. */
    synchronized void stop() {
        if (process == null) {
            return;
        }
        stopTree(process.toHandle());
        process = null;
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a pid file left behind is checked against the live process at the next start
        }
    }

    /** Kills the process tree now, as a crash would. */
    synchronized void kill() {
        if (process != null) {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.onExit().orTimeout(10, TimeUnit.SECONDS).join();
            process = null;
        }
    }

    private void stopStale() throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readString(pidFile).trim();
        Optional<ProcessHandle> stale = pid.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid));
        stale.filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(cl -> cl.contains("java")).orElse(true))
                .ifPresent(p -> {
                    System.out.println("Stopping " + name + " left running by an earlier launcher (pid " + p.pid() + ")");
                    stopTree(p);
                });
        Files.deleteIfExists(pidFile);
    }

    private static void stopTree(ProcessHandle root) {
        List<ProcessHandle> tree = new java.util.ArrayList<>(root.descendants().toList());
        tree.add(root);
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static boolean answers200(URI url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(3)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + url, e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
