package my.etika.officer.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class OfficerProfileFingerprintTest {

    /** The fingerprint as the first releases computed it (a digest fed part by part): stored values must stay. */
    private static String partByPart(OfficerProfile p) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (Object component : new Object[] {p.directoryId(), p.login(), p.distinguishedName(), p.fullName(),
            p.officialEmail(), p.employeeNumber(), p.grade(), p.gradeSystem(), p.serviceScheme(), p.serviceGroup(),
            p.positionTitle(), p.positionCode(), p.agencyCode(), p.orgUnit(), p.dutyStationState(), p.status(),
            p.supervisorDn()}) {
            String value = component == null ? null : component.toString();
            sha256.update((value == null ? "-1:" : value.length() + ":").getBytes(StandardCharsets.UTF_8));
            if (value != null) {
                sha256.update(value.getBytes(StandardCharsets.UTF_8));
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest());
    }

    @Test
    void theFingerprintOfAProfileIsTheOneAlreadyStored() throws Exception {
        OfficerProfile profile = OfficerPersistenceTest.profile("uuid-f", "muthu.samy", "N19");
        OfficerProfile withNulls = new OfficerProfile("uuid-g", "siti", "uid=siti,ou=people,dc=jde,dc=example",
                "Siti Nur’aini", null, null, null, null, null, null, null, null, null, null, null,
                OfficerStatus.ACTIVE, null);
        assertThat(profile.fingerprint()).isEqualTo(partByPart(profile));
        assertThat(withNulls.fingerprint()).isEqualTo(partByPart(withNulls));
    }

    @Test
    void movingCharactersBetweenFieldsChangesTheFingerprint() {
        OfficerProfile a = OfficerPersistenceTest.profile("uuid-h", "ab", "N9");
        OfficerProfile b = new OfficerProfile(a.directoryId(), "a", a.distinguishedName(), "b" + a.fullName(),
                a.officialEmail(), a.employeeNumber(), a.grade(), a.gradeSystem(), a.serviceScheme(),
                a.serviceGroup(), a.positionTitle(), a.positionCode(), a.agencyCode(), a.orgUnit(),
                a.dutyStationState(), a.status(), a.supervisorDn());
        assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint());
    }
}
