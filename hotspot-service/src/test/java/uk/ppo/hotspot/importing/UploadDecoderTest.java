package uk.ppo.hotspot.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** An upload is decoded (gzip by flag or magic bytes, size-limited) and each way it fails has its problem. */
class UploadDecoderTest {

    static final byte[] CSV = "Crime ID,Month\n".getBytes(StandardCharsets.UTF_8);

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static byte[] decoded(byte[] body, boolean gzip, long limit) throws IOException {
        try (InputStream in = UploadDecoder.open(new ByteArrayInputStream(body), gzip, limit)) {
            return in.readAllBytes();
        }
    }

    @Test
    void plainTextAndGzipByMagicBytesOrFlagReadTheSame() throws IOException {
        assertArrayEquals(CSV, decoded(CSV, false, 1000));
        assertArrayEquals(CSV, decoded(gzip(CSV), false, 1000));
        assertArrayEquals(CSV, decoded(gzip(CSV), true, 1000));
    }

    @Test
    void anEmptyBodyOrAFlaggedBodyThatIsNotGzipIsAProblemAtOnce() {
        assertEquals("body: is empty; send the police.uk CSV",
                assertThrows(ProblemException.class, () -> decoded(new byte[0], false, 1000)).getMessage());
        assertEquals("body: is not valid gzip",
                assertThrows(ProblemException.class, () -> decoded(CSV, true, 1000)).getMessage());
    }

    @Test
    void morePlainBytesThanTheLimitFailTheRead() {
        IOException e = assertThrows(IOException.class, () -> decoded(CSV, false, 5));
        assertEquals(ProblemType.PAYLOAD_TOO_LARGE, UploadDecoder.problemOf(e).type());
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> failures() {
        return Stream.of(
                arguments(new LimitedInputStream.TooLarge("the uncompressed upload is larger than 5 bytes"),
                        ProblemType.PAYLOAD_TOO_LARGE, "the uncompressed upload is larger than 5 bytes"),
                arguments(new UncheckedIOException(new EOFException()), ProblemType.INVALID_INPUT,
                        "body: the gzip stream is truncated"),
                arguments(new ZipException("bad"), ProblemType.INVALID_INPUT, "body: is not valid gzip"),
                arguments(new IllegalStateException("wrapped", new MalformedInputException(1)), ProblemType.INVALID_INPUT,
                        "body: is not UTF-8 text"),
                arguments(new IOException("reset"), ProblemType.INVALID_INPUT, "body: could not be read completely"),
                arguments(new IllegalStateException("unclosed quote"), ProblemType.INVALID_INPUT,
                        "body: is not valid CSV: unclosed quote"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void eachReadFailureHasItsProblem(Exception failure, ProblemType type, String detail) {
        ProblemException problem = UploadDecoder.problemOf(failure);
        assertEquals(type, problem.type());
        assertEquals(detail, problem.getMessage());
    }
}
