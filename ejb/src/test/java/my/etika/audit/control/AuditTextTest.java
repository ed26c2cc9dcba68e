package my.etika.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text is made storable by both databases before it is hashed. */
class AuditTextTest {

    @Test
    void nulAndLoneSurrogatesBecomeTheReplacementCharacter() {
        assertThat(AuditText.clean("a\u0000b")).isEqualTo("a\uFFFDb");
        assertThat(AuditText.clean("x\uD83Dy")).isEqualTo("x\uFFFDy");
        assertThat(AuditText.clean("x\uDE00")).isEqualTo("x\uFFFD");
    }

    @Test
    void validTextIsLeftAlone() {
        String text = "Pegawai é 😀 \r\n\t trailing ";
        assertThat(AuditText.clean(text)).isEqualTo(text);
        assertThat(AuditText.clean("😀\u0000")).isEqualTo("😀\uFFFD");
        assertThat(AuditText.clean(null)).isNull();
    }

    @Test
    void limitsNeverSplitAPair() {
        assertThat(AuditText.limit("abc", 5)).isEqualTo("abc");
        assertThat(AuditText.limit("abcdef", 3)).isEqualTo("abc");
        assertThat(AuditText.limit("ab😀", 3)).isEqualTo("ab");
    }

    @Test
    void anActorIsCutToItsColumnAndSystemWhenUnnamed() {
        Actor typed = new Actor("x".repeat(500), "OFFICER", " ");

        assertThat(typed.login()).hasSize(128);
        assertThat(typed.sourceIp()).isNull();
        assertThat(new Actor(null, "", null)).isEqualTo(Actor.system());
    }
}
