package my.etika.officer.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OfficerLoginTest {

    private static final Instant FIRST = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    void loginsWithinTheResolutionKeepTheRecordedTimeSoPollingWritesNothing() {
        Officer officer = new Officer(OfficerPersistenceTest.profile("uuid-l", "nurul.huda", "N9"), FIRST);
        officer.recordLogin(FIRST);
        officer.recordLogin(FIRST.plusSeconds(1));
        officer.recordLogin(FIRST.plus(Officer.LOGIN_RESOLUTION).minusMillis(1));
        assertThat(officer.getLastLoginAt()).isEqualTo(FIRST);
    }

    @Test
    void aLoginAfterTheResolutionIsRecorded() {
        Officer officer = new Officer(OfficerPersistenceTest.profile("uuid-m", "lim.mei.ling", "W9"), FIRST);
        officer.recordLogin(FIRST);
        Instant later = FIRST.plus(Officer.LOGIN_RESOLUTION);
        officer.recordLogin(later);
        assertThat(officer.getLastLoginAt()).isEqualTo(later);
    }
}
