package my.etika.ldapschema.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One digest shared by many threads gives every thread the digest of its own input. */
class ThreadSafeSha1Test {

    @Test
    void concurrentDigestsDoNotMix() throws Exception {
        MessageDigest shared = new ThreadSafeSha1();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> wrong = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int thread = t;
                wrong.add(threads.submit(() -> {
                    int mismatches = 0;
                    for (int i = 0; i < 2_000; i++) {
                        byte[] input = ("kata-laluan-" + thread + "-" + i).getBytes(StandardCharsets.UTF_8);
                        byte[] expected = MessageDigest.getInstance("SHA-1").digest(input);
                        if (!MessageDigest.isEqual(expected, shared.digest(input))) {
                            mismatches++;
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<Integer> mismatches : wrong) {
                assertThat(mismatches.get()).isZero();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(ThreadSafeSha1.sshaEncoder().getPrefix()).isEqualTo("{SSHA}");
    }
}
