package my.etika.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ApiCredentialCacheTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final ApiCredentialCache cache = new ApiCredentialCache();
    private final ApiCredentialCache.Accepted hr = new ApiCredentialCache.Accepted("demo.hr", Set.of("HR", "OFFICER"));

    @Test
    void anAcceptedPasswordIsBelievedUntilItsTimeRunsOut() {
        cache.configure(60, now::get);
        cache.remember("demo.hr", "kata-laluan", hr);

        assertThat(cache.lookup("demo.hr", "kata-laluan")).hasValue(hr);
        now.addAndGet(59_000_000_000L);
        assertThat(cache.lookup("demo.hr", "kata-laluan")).hasValue(hr);
        now.addAndGet(2_000_000_000L);
        assertThat(cache.lookup("demo.hr", "kata-laluan")).isEmpty();
    }

    @Test
    void anotherPasswordOrAForgottenLoginGoesToTheDirectory() {
        cache.configure(60, now::get);
        cache.remember("demo.hr", "kata-laluan", hr);

        assertThat(cache.lookup("demo.hr", "kata-laluan-lain")).isEmpty();
        assertThat(cache.lookup("demo.pegawai", "kata-laluan")).isEmpty();
        cache.forget("demo.hr");
        assertThat(cache.lookup("demo.hr", "kata-laluan")).isEmpty();
    }

    @Test
    void aTimeToLiveOfZeroRemembersNothing() {
        cache.configure(0, now::get);
        cache.remember("demo.hr", "kata-laluan", hr);

        assertThat(cache.lookup("demo.hr", "kata-laluan")).isEmpty();
    }
}
