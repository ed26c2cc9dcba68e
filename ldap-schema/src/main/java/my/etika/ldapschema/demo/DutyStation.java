package my.etika.ldapschema.demo;

import java.util.Random;

/**
 * A state an office sits in, with what its officers' entries show of it.
 *
 * @param isoCode        ISO 3166-2:MY code (MY-01 to MY-16)
 * @param stateName      the state's name in Malay
 * @param city           where the office is ({@code l})
 * @param areaCode       telephone area code without the trunk 0
 * @param exchangePrefix first digits of the office's local numbers
 * @param localLength    digits in a local number for this area code
 */
record DutyStation(String isoCode, String stateName, String city, String areaCode, String exchangePrefix,
                   int localLength) {

    static final DutyStation PUTRAJAYA =
            new DutyStation("MY-16", "Wilayah Persekutuan Putrajaya", "Putrajaya", "3", "88", 8);

    /** A Malaysian landline in international format, e.g. {@code +60 3-8888 1234} or {@code +60 88-234 567}. */
    String drawTelephone(Random random) {
        StringBuilder local = new StringBuilder(exchangePrefix);
        while (local.length() < localLength) {
            local.append(random.nextInt(10));
        }
        int split = localLength - (localLength == 6 ? 3 : 4);
        return "+60 " + areaCode + "-" + local.substring(0, split) + " " + local.substring(split);
    }
}
