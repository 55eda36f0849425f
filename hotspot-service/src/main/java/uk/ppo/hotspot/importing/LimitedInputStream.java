package uk.ppo.hotspot.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails once more than {@code limit} bytes have been read: a gzip bomb is refused, not stored. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final String what;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        this(in, limit, "the uncompressed upload");
    }

    /** {@code what} names the stream in the 413's message. */
    LimitedInputStream(InputStream in, long limit, String what) {
        super(in);
        this.limit = limit;
        this.what = what;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && ++count > limit) {
            throw tooLarge();
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count += n;
            if (count > limit) {
                throw tooLarge();
            }
        }
        return n;
    }

    private TooLarge tooLarge() {
        return new TooLarge(what + " is larger than " + limit + " bytes");
    }

    /** More bytes than the limit. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }
}
