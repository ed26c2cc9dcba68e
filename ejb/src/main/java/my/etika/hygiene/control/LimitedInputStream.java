package my.etika.hygiene.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read and refuses the read that goes beyond the maximum, whatever the upload claimed its size
 * was. Does not close the stream it reads: that is its owner's job.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long maxBytes;
    private long count;

    LimitedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // the caller's stream
    }

    private void counted(long n) {
        count += n;
        if (count > maxBytes) {
            throw new BreachImportException("breach.tooLarge", maxBytes);
        }
    }
}
