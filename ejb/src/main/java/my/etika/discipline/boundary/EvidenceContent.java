package my.etika.discipline.boundary;

import java.io.InputStream;

/** An evidence file being read: what it is (with the result of the check just made) and its bytes. */
public record EvidenceContent(EvidenceView evidence, InputStream bytes) {
}
