package uk.ppo.hotspot.importing;

import java.io.IOException;
import java.io.InputStream;

/** A stream that only reads in bulk: a single byte is read as a bulk read of one, so a subclass writes one {@code read}. */
abstract class BulkInputStream extends InputStream {

    @Override
    public abstract int read(byte[] b, int off, int len) throws IOException;

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }
}
