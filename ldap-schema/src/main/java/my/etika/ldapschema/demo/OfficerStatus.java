package my.etika.ldapschema.demo;

import java.util.Random;

/**
 * Service status of an officer, as written to {@code etikaOfficerStatus}.
 */
enum OfficerStatus {
    ACTIVE,
    INTERDICTED,
    SUSPENDED,
    RETIRED,
    RESIGNED,
    TRANSFERRED_OUT,
    DECEASED,
    TERMINATED;

    private static final WeightedChoice<OfficerStatus> DEMO_MIX = WeightedChoice.<OfficerStatus>builder()
            .add(ACTIVE, 970)
            .add(RETIRED, 12)
            .add(RESIGNED, 6)
            .add(TRANSFERRED_OUT, 7)
            .add(INTERDICTED, 3)
            .add(SUSPENDED, 2)
            .build();

    /** About 97 % ACTIVE; the rest left the service or are under disciplinary measures. */
    static OfficerStatus draw(Random random) {
        return DEMO_MIX.pick(random);
    }
}
