package uk.ppo.hotspot.importing;

import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Turns an upload's body into strict UTF-8 text: gzip when asked or when the body starts with the gzip
 * magic bytes, at most {@code maxUncompressedBytes} once decompressed; and says, as a problem, why an
 * upload could not be read (broken gzip, not UTF-8, too large, not CSV, cut off).
 */
final class UploadDecoder {

    private UploadDecoder() {
    }

    /** The decompressed, size-limited body; fails at once on an empty body or a broken gzip header. */
    static InputStream open(InputStream body, boolean gzip, long maxUncompressedBytes) {
        try {
            BufferedInputStream in = new BufferedInputStream(body, 1 << 16);
            in.mark(2);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            boolean magic = b1 == 0x1f && b2 == 0x8b;
            if (b1 < 0) {
                throw ProblemException.invalid("body", "is empty; send the police.uk CSV");
            }
            InputStream plain = gzip || magic ? new GZIPInputStream(in, 1 << 16) : in;
            return new LimitedInputStream(plain, maxUncompressedBytes);
        } catch (ZipException e) {
            throw ProblemException.invalid("body", "is not valid gzip");
        } catch (EOFException e) {
            throw ProblemException.invalid("body", "the gzip stream is truncated");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a decoded body; a byte sequence that is not UTF-8 fails the read. */
    static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Why reading the upload failed, as the problem the client gets; nothing is stored. */
    static ProblemException problemOf(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof IllegalStateException && cause.getCause() instanceof IOException io) {
            cause = io; // commons-csv wraps read failures
        }
        if (cause instanceof LimitedInputStream.TooLarge) {
            return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, cause.getMessage());
        }
        if (cause instanceof EOFException) {
            return ProblemException.invalid("body", "the gzip stream is truncated");
        }
        if (cause instanceof ZipException) {
            return ProblemException.invalid("body", "is not valid gzip");
        }
        if (cause instanceof CharacterCodingException) {
            return ProblemException.invalid("body", "is not UTF-8 text");
        }
        if (cause instanceof IOException) {
            // the client went away or the connection broke: nothing is stored
            return ProblemException.invalid("body", "could not be read completely");
        }
        return ProblemException.invalid("body", "is not valid CSV: " + cause.getMessage());
    }
}
