package my.etika.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseStatusTest {

    @Test
    void jdbcUrlsAreShownWithoutTheirParameters() {
        assertThat(DatabaseStatus.withoutCredentials("jdbc:postgresql://db:5432/etika?user=etika&password=rahsia"))
                .isEqualTo("jdbc:postgresql://db:5432/etika");
        assertThat(DatabaseStatus.withoutCredentials("jdbc:h2:file:/home/x/.etika/h2/etika;PASSWORD=rahsia"))
                .isEqualTo("jdbc:h2:file:/home/x/.etika/h2/etika");
        assertThat(DatabaseStatus.withoutCredentials(null)).isEqualTo("-");
    }
}
