package my.etika.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthWatchTest {

    @Test
    void aBulkImportRefreshesEachTimeTheRegistryDoubles() {
        EntryPages.GrowthWatch watch = new EntryPages.GrowthWatch();
        List<Integer> refreshedAfterPage = new ArrayList<>();
        for (int page = 1; page <= 100; page++) { // 100 pages of 1,000 new officers
            if (watch.grew(1_000)) {
                refreshedAfterPage.add(page);
            }
        }
        assertEquals(List.of(5, 10, 20, 40, 80), refreshedAfterPage);
    }

    @Test
    void pagesWithoutNewOfficersNeverRefresh() {
        EntryPages.GrowthWatch watch = new EntryPages.GrowthWatch();
        for (int page = 0; page < 1_000; page++) {
            assertFalse(watch.grew(0));
        }
    }
}
