package my.etika.export.control;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Hands a stream to a library that closes what it writes to (PDFBox's save) without letting it close it. */
final class UnclosableOutputStream extends FilterOutputStream {

    UnclosableOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
