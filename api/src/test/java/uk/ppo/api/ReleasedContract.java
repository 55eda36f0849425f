package uk.ppo.api;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The promise partners rely on: a document may break what a released one offered (remove an operation, a
 * field a client reads, accept less than before) only when its major version moves. The released documents are
 * kept in {@code api/released/ppo-suite-<version>.openapi.json}; openapi-diff decides what is breaking.
 */
final class ReleasedContract {

    private static final Pattern RELEASED = Pattern.compile("ppo-suite-(\\d+)\\.(\\d+)\\.(\\d+)\\.openapi\\.json");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"(\\d+)\\.");

    /** What comparing a document with a released one found. */
    record Verdict(boolean breaking, boolean majorMoved, String report) {
        boolean allowed() {
            return !breaking || majorMoved;
        }
    }

    private ReleasedContract() {
    }

    /** The newest released document in {@code directory}, by its version. */
    static Optional<Path> latestRelease(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> RELEASED.matcher(f.getFileName().toString()).matches())
                    .max(Comparator.comparing(ReleasedContract::versionKey));
        }
    }

    static Verdict compare(String released, String current) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, current);
        boolean majorMoved = major(current) > major(released);
        return new Verdict(diff.isIncompatible(), majorMoved, diff.isIncompatible() ? render(diff) : "");
    }

    static int major(String document) {
        // info.version is the first "version" in the document (the merger writes info before anything else)
        Matcher m = VERSION.matcher(document);
        if (!m.find()) {
            throw new IllegalArgumentException("the document has no info.version of the form MAJOR.MINOR.PATCH");
        }
        return Integer.parseInt(m.group(1));
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new ConsoleRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long versionKey(Path file) {
        Matcher m = RELEASED.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(file.toString());
        }
        return Long.parseLong(m.group(1)) * 1_000_000L + Long.parseLong(m.group(2)) * 1_000L + Long.parseLong(m.group(3));
    }
}
