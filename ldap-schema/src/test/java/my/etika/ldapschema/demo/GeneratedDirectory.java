package my.etika.ldapschema.demo;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldif.LDIFReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: a generated directory as LDIF bytes and as parsed entries.
 */
final class GeneratedDirectory {

    private GeneratedDirectory() {
    }

    static byte[] ldif(DemoDirectoryOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new DemoDirectoryGenerator(options).writeLdif(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static List<Entry> parse(byte[] ldif) {
        List<Entry> entries = new ArrayList<>();
        try (LDIFReader reader = new LDIFReader(new ByteArrayInputStream(ldif))) {
            for (Entry entry = reader.readEntry(); entry != null; entry = reader.readEntry()) {
                entries.add(entry);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Generated LDIF does not parse", e);
        }
        return entries;
    }

    static List<Entry> officers(List<Entry> entries) {
        return entries.stream().filter(entry -> entry.hasObjectClass("etikaOfficer")).toList();
    }
}
