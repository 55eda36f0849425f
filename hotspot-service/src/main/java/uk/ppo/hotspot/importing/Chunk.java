package uk.ppo.hotspot.importing;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * One chunk of the upload as COPY text: rows seen first ({@code fresh}), and rows whose key may have come
 * before ({@code held}). The last chunk also carries the upload's tally; a failed parse hands over a chunk
 * carrying only the failure.
 */
final class Chunk {

    final Bytes fresh = new Bytes();
    final Bytes held = new Bytes();
    private Writer freshWriter;
    private Writer heldWriter;
    int freshRows;
    int heldRows;
    boolean anyRejected;
    /** Rows of the upload read up to the end of this chunk, valid and rejected. */
    long rowsSoFar;
    /** On the last chunk only: the upload's counts. */
    ParseTally tally;
    /** Instead of rows: why the upload cannot be imported. */
    RuntimeException failure;

    static Chunk failed(RuntimeException failure) {
        Chunk chunk = new Chunk();
        chunk.failure = failure;
        return chunk;
    }

    Writer fresh() {
        freshRows++;
        if (freshWriter == null) {
            freshWriter = new BufferedWriter(new OutputStreamWriter(fresh, StandardCharsets.UTF_8), 1 << 16);
        }
        return freshWriter;
    }

    Writer held() {
        heldRows++;
        if (heldWriter == null) {
            heldWriter = new BufferedWriter(new OutputStreamWriter(held, StandardCharsets.UTF_8), 1 << 12);
        }
        return heldWriter;
    }

    int rows() {
        return freshRows + heldRows;
    }

    Chunk finished() throws IOException {
        if (freshWriter != null) {
            freshWriter.flush();
        }
        if (heldWriter != null) {
            heldWriter.flush();
        }
        return this;
    }

    /** A byte buffer read back without a copy. */
    static final class Bytes extends ByteArrayOutputStream {
        Bytes() {
            super(1 << 16);
        }

        InputStream asInput() {
            return new ByteArrayInputStream(buf, 0, count);
        }
    }
}
