package my.etika.ldapschema.demo;

import java.util.List;
import java.util.Random;

/**
 * Naming conventions of Malaysia's communities, each drawing names from {@link NamePools}.
 */
enum NameCommunity {

    /** Patronymic: {@code <name> bin|binti <father>}; sn is the father's name. */
    MALAY {
        @Override
        PersonName draw(Random random) {
            boolean male = random.nextBoolean();
            String given = pick(male ? NamePools.MALAY_MALE : NamePools.MALAY_FEMALE, random);
            String father = pick(NamePools.MALAY_FATHERS, random);
            return new PersonName(given + (male ? " bin " : " binti ") + father, given, father);
        }
    },

    /** Family name first: {@code Tan Wei Ming}; sn is the family name. */
    CHINESE {
        @Override
        PersonName draw(Random random) {
            boolean male = random.nextBoolean();
            String given = pick(male ? NamePools.CHINESE_MALE : NamePools.CHINESE_FEMALE, random);
            String family = pick(NamePools.CHINESE_FAMILY, random);
            return new PersonName(family + " " + given, given, family);
        }
    },

    /** Patronymic: {@code <name> a/l|a/p <father>} (anak lelaki / anak perempuan); sn is the father's name. */
    INDIAN {
        @Override
        PersonName draw(Random random) {
            boolean male = random.nextBoolean();
            String given = pick(male ? NamePools.INDIAN_MALE : NamePools.INDIAN_FEMALE, random);
            String father = pick(NamePools.INDIAN_FATHERS, random);
            return new PersonName(given + (male ? " a/l " : " a/p ") + father, given, father);
        }
    },

    /** Iban/Bidayuh {@code <name> anak <father>}, or Kadazan-Dusun given name and family name. */
    SABAH_SARAWAK {
        @Override
        PersonName draw(Random random) {
            boolean male = random.nextBoolean();
            String given = pick(male ? NamePools.BORNEO_MALE : NamePools.BORNEO_FEMALE, random);
            if (random.nextBoolean()) {
                String father = pick(NamePools.IBAN_FATHERS, random);
                return new PersonName(given + " anak " + father, given, father);
            }
            String family = pick(NamePools.KADAZAN_DUSUN_FAMILY, random);
            return new PersonName(given + " " + family, given, family);
        }
    };

    private static final WeightedChoice<NameCommunity> PENINSULAR_MIX = WeightedChoice.<NameCommunity>builder()
            .add(MALAY, 72).add(CHINESE, 10).add(INDIAN, 10).add(SABAH_SARAWAK, 8).build();

    private static final WeightedChoice<NameCommunity> BORNEO_MIX = WeightedChoice.<NameCommunity>builder()
            .add(SABAH_SARAWAK, 50).add(MALAY, 35).add(CHINESE, 10).add(INDIAN, 5).build();

    abstract PersonName draw(Random random);

    /** The community of an officer serving in the given state: Sabah, Sarawak and Labuan mostly hire locally. */
    static NameCommunity drawFor(DutyStation station, Random random) {
        return switch (station.isoCode()) {
            case "MY-12", "MY-13", "MY-15" -> BORNEO_MIX.pick(random);
            default -> PENINSULAR_MIX.pick(random);
        };
    }

    private static String pick(List<String> pool, Random random) {
        return pool.get(random.nextInt(pool.size()));
    }
}
