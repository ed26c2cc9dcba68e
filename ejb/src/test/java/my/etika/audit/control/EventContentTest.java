package my.etika.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The canonical form and hash of an audit event: stable, sensitive to every field, unambiguous at field edges. */
class EventContentTest {

    private static final Instant AT = Instant.parse("2026-11-23T02:15:30.123456789Z");
    private static final String PREVIOUS = "ab".repeat(32);

    private static EventContent sample() {
        return new EventContent(7, AT, "demo.integriti", "OFFICER,INTEGRITY", "10.1.2.3", "Finding", "42", "UPDATE",
                "Disahkan selepas semakan", "{\"status\":\"OPEN\"}", "{\"status\":\"VERIFIED\"}", null, PREVIOUS);
    }

    @Test
    void theSameContentHasTheSameHash() {
        assertThat(sample().hash()).isEqualTo(sample().hash()).hasSize(64).matches("[0-9a-f]{64}");
    }

    /** Pins the format: a change here would make every stored chain fail verification. */
    @Test
    void theCanonicalFormIsTheDocumentedOne() throws Exception {
        String canonical = new String(sample().canonical(), StandardCharsets.UTF_8);

        assertThat(canonical).isEqualTo("19:etika-audit-event/1" + "1:7" + "27:2026-11-23T02:15:30.123456Z"
                + "14:demo.integriti" + "17:OFFICER,INTEGRITY" + "8:10.1.2.3" + "7:Finding" + "2:42" + "6:UPDATE"
                + "24:Disahkan selepas semakan" + "17:{\"status\":\"OPEN\"}" + "21:{\"status\":\"VERIFIED\"}" + "~"
                + "64:" + PREVIOUS);
        assertThat(sample().hash()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void lengthsCountUtf8Bytes() {
        EventContent malay = new EventContent(1, AT, "pegawai", null, null, "Kes", "é😀", "READ", null, null, null,
                null, PREVIOUS);

        assertThat(new String(malay.canonical(), StandardCharsets.UTF_8)).contains("6:é😀");
    }

    @Test
    void everyFieldChangesTheHash() {
        EventContent s = sample();
        Set<String> hashes = new HashSet<>();
        hashes.add(s.hash());
        for (UnaryOperator<EventContent> change : List.<UnaryOperator<EventContent>>of(
                c -> new EventContent(8, c.occurredAt(), c.actor(), c.actorRoles(), c.sourceIp(), c.entityType(),
                        c.entityId(), c.action(), c.reason(), c.before(), c.after(), c.details(), c.previousHash()),
                c -> with(c, 1, c.occurredAt().plusNanos(1000)),
                c -> with(c, 2, "demo.integriti2"),
                c -> with(c, 3, "OFFICER"),
                c -> with(c, 4, "10.1.2.4"),
                c -> with(c, 5, "Findings"),
                c -> with(c, 6, "43"),
                c -> with(c, 7, "DELETE"),
                c -> with(c, 8, "Disahkan selepas semakan."),
                c -> with(c, 9, "{\"status\":\"ACKNOWLEDGED\"}"),
                c -> with(c, 10, "{\"status\":\"DISMISSED\"}"),
                c -> with(c, 11, "{}"),
                c -> with(c, 12, "cd".repeat(32)))) {
            assertThat(hashes.add(change.apply(s).hash())).as("a changed field gives a new hash").isTrue();
        }
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        EventContent ab = with(with(sample(), 6, "ab"), 7, "c");
        EventContent bc = with(with(sample(), 6, "a"), 7, "bc");
        assertThat(ab.hash()).isNotEqualTo(bc.hash());

        // a field cannot smuggle in what looks like the next field's encoding
        EventContent smuggled = with(with(sample(), 6, "4:X1:Y"), 7, "Z");
        EventContent plain = with(with(sample(), 6, "4"), 7, "X1:YZ");
        assertThat(smuggled.hash()).isNotEqualTo(plain.hash());
    }

    @Test
    void nullIsNotEmptyNorTheMarkerItself() {
        EventContent nothing = with(sample(), 8, null);
        EventContent empty = with(sample(), 8, "");
        EventContent tilde = with(sample(), 8, "~");

        assertThat(Set.of(nothing.hash(), empty.hash(), tilde.hash())).hasSize(3);
    }

    @Test
    void instantsAreHashedAndStoredAtMicroseconds() {
        EventContent nanos = with(sample(), 1, Instant.parse("2026-11-23T02:15:30.123456999Z"));
        EventContent micros = with(sample(), 1, Instant.parse("2026-11-23T02:15:30.123456Z"));
        EventContent whole = with(sample(), 1, Instant.parse("2026-11-23T02:15:30Z"));

        assertThat(nanos.occurredAt()).isEqualTo(micros.occurredAt());
        assertThat(nanos.hash()).isEqualTo(micros.hash());
        assertThat(nanos.toEvent().getOccurredAt()).isEqualTo(Instant.parse("2026-11-23T02:15:30.123456Z"));
        assertThat(new String(whole.canonical(), StandardCharsets.UTF_8)).contains("27:2026-11-23T02:15:30.000000Z");
    }

    @Test
    void anEventRebuiltFromItsColumnsHasItsHash() {
        var event = sample().toEvent();

        assertThat(EventContent.of(event).hash()).isEqualTo(event.getHash()).isEqualTo(sample().hash());
    }

    private static EventContent with(EventContent c, int field, Object value) {
        Object[] f = {c.position(), c.occurredAt(), c.actor(), c.actorRoles(), c.sourceIp(), c.entityType(),
            c.entityId(), c.action(), c.reason(), c.before(), c.after(), c.details(), c.previousHash()};
        f[field] = value;
        return new EventContent((long) f[0], (Instant) f[1], (String) f[2], (String) f[3], (String) f[4],
                (String) f[5], (String) f[6], (String) f[7], (String) f[8], (String) f[9], (String) f[10],
                (String) f[11], (String) f[12]);
    }
}
