package my.etika.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldif.LDIFException;
import java.util.Locale;
import java.util.Map;
import my.etika.officer.entity.OfficerProfile;
import my.etika.officer.entity.OfficerStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DirectoryEntryMapperTest {

    private static final String DN =
            "uid=siti.aminah,ou=Unit Sumber Manusia,ou=Bahagian Khidmat Pengurusan,ou=people,dc=jde,dc=example";
    private static final String UUID = "0f8fad5b-d9cb-469f-a165-70867728950e";
    /** {0f8fad5b-d9cb-469f-a165-70867728950e} as AD stores it: the first three fields little-endian. */
    private static final byte[] GUID_BYTES = bytes(0x5b, 0xad, 0x8f, 0x0f, 0xcb, 0xd9, 0x9f, 0x46, 0xa1, 0x65, 0x70,
            0x86, 0x77, 0x28, 0x95, 0x0e);
    private static final String AD_DN = "CN=Abdullah\\, Siti Aminah,OU=Unit Sumber Manusia,OU=JDE,DC=jde,DC=example";

    private final DirectoryEntryMapper etika = mapper(MappingProfile.ETIKA);

    @Test
    void mapsAnEtikaSchemaEntry() {
        OfficerProfile profile = mapped(etika.map(etikaOfficer()));

        assertThat(profile).isEqualTo(new OfficerProfile(UUID, "siti.aminah", DN, "Siti Aminah binti Abdullah",
                "siti.aminah@jde.example", "JDE000123", "N5", "SSPA", "N", "SUPPORT", "Penolong Pegawai Tadbir",
                "JDE/USM/N5/0001", "JDE", "Unit Sumber Manusia", "MY-16", OfficerStatus.ACTIVE,
                "uid=ketua.usm,ou=people,dc=jde,dc=example"));
    }

    @Test
    void trimsValuesTreatsEmptyOnesAsAbsentAndLowerCasesMail() {
        Entry entry = etikaOfficer();
        entry.setAttribute("uid", "  siti.aminah ");
        entry.setAttribute("mail", " Siti.Aminah@JDE.Example ");
        entry.setAttribute("employeeNumber", "   ");
        entry.setAttribute("title", "");
        entry.setAttribute("etikaGrade", " N5 ");

        OfficerProfile profile = mapped(etika.map(entry));

        assertThat(profile.login()).isEqualTo("siti.aminah");
        assertThat(profile.officialEmail()).isEqualTo("siti.aminah@jde.example");
        assertThat(profile.employeeNumber()).isNull();
        assertThat(profile.positionTitle()).isNull();
        assertThat(profile.grade()).isEqualTo("N5");
    }

    @Test
    void fallsBackToCnAndToTheParentRdnAndKeepsTheDnAsGiven() {
        String dn = "UID=siti.aminah, OU=Unit Sumber Manusia,ou=people,dc=jde,dc=example";
        Entry entry = etikaOfficer();
        entry.setDN(dn);
        entry.removeAttribute("displayName");
        entry.removeAttribute("ou");

        OfficerProfile profile = mapped(etika.map(entry));

        assertThat(profile.fullName()).isEqualTo("Siti Aminah binti Abdullah (cn)");
        assertThat(profile.orgUnit()).isEqualTo("Unit Sumber Manusia");
        assertThat(profile.distinguishedName()).isEqualTo(dn);
    }

    @Test
    void canonicalisesEnumeratedValuesTheDirectoryComparesIgnoringCase() {
        Entry entry = etikaOfficer();
        entry.setAttribute("etikaGrade", "jusa c");
        entry.setAttribute("etikaGradeSystem", "ssm");
        entry.setAttribute("etikaServiceGroup", "top_management");
        entry.setAttribute("etikaDutyStationState", "my-01");

        OfficerProfile profile = mapped(etika.map(entry));

        assertThat(profile.grade()).isEqualTo("JUSA C");
        assertThat(profile.gradeSystem()).isEqualTo("SSM");
        assertThat(profile.serviceGroup()).isEqualTo("TOP_MANAGEMENT");
        assertThat(profile.dutyStationState()).isEqualTo("MY-01");
    }

    @Test
    void leavesOptionalFieldsEmptyWhenTheEntryHasNone() {
        Entry entry = minimalEntry(DN, "entryUUID: " + UUID, "uid: siti.aminah", "cn: Siti Aminah binti Abdullah");

        OfficerProfile profile = mapped(etika.map(entry));

        assertThat(new String[] {profile.officialEmail(), profile.employeeNumber(), profile.grade(),
            profile.gradeSystem(), profile.serviceScheme(), profile.serviceGroup(), profile.positionTitle(),
            profile.positionCode(), profile.agencyCode(), profile.dutyStationState(), profile.supervisorDn()})
                .containsOnlyNulls();
        assertThat(profile.status()).isEqualTo(OfficerStatus.ACTIVE);
        assertThat(profile.orgUnit()).isEqualTo("Unit Sumber Manusia");
    }

    @ParameterizedTest
    @EnumSource(OfficerStatus.class)
    void readsEveryEtikaStatus(OfficerStatus status) {
        Entry entry = etikaOfficer();
        entry.setAttribute("etikaOfficerStatus", status.name().toLowerCase(Locale.ROOT));

        assertThat(mapped(etika.map(entry)).status()).isEqualTo(status);
    }

    @Test
    void rejectsAMissingStableId() {
        Entry entry = etikaOfficer();
        entry.removeAttribute("entryUUID");
        Entry blank = etikaOfficer();
        blank.setAttribute("entryUUID", " ");

        assertRejected(etika, entry, null, "sync.error.missingStableId", null);
        assertRejected(etika, blank, null, "sync.error.missingStableId", null);
    }

    @Test
    void rejectsAMissingLogin() {
        Entry entry = etikaOfficer();
        entry.removeAttribute("uid");

        assertRejected(etika, entry, UUID, "sync.error.missingLogin", null);
    }

    @Test
    void rejectsAMissingName() {
        Entry entry = etikaOfficer();
        entry.removeAttribute("displayName");
        entry.setAttribute("cn", " ");

        assertRejected(etika, entry, UUID, "sync.error.missingName", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"siti.aminah", "siti.aminah@jde", "@jde.example", "siti@aminah@jde.example",
        "siti aminah@jde.example", "siti.aminah@jde..example", "siti.aminah@.jde.example", "siti.aminah@jde.example.",
        "siti.aminah@"})
    void rejectsAMalformedMail(String mail) {
        Entry entry = etikaOfficer();
        entry.setAttribute("mail", mail);

        assertRejected(etika, entry, UUID, "sync.error.malformedMail", mail);
    }

    @ParameterizedTest
    @CsvSource({
        "N 5, SSPA, sync.error.unknownGrade, N 5",
        "N41, SSPA, sync.error.gradeOutsideSystem, N41 (SSPA)",
        "N41, SSN, sync.error.unknownGradeSystem, SSN"})
    void rejectsGradeProblems(String grade, String system, String reasonKey, String detail) {
        Entry entry = etikaOfficer();
        entry.setAttribute("etikaGrade", grade);
        entry.setAttribute("etikaGradeSystem", system);

        assertRejected(etika, entry, UUID, reasonKey, detail);
    }

    @Test
    void rejectsAStatusEtikaDoesNotKnow() {
        Entry entry = etikaOfficer();
        entry.setAttribute("etikaOfficerStatus", "ON_LEAVE");

        assertRejected(etika, entry, UUID, "sync.error.unknownStatus", "ON_LEAVE");
    }

    @Test
    void rejectsAnUnknownServiceGroup() {
        Entry entry = etikaOfficer();
        entry.setAttribute("etikaServiceGroup", "Pelaksana");

        assertRejected(etika, entry, UUID, "sync.error.unknownServiceGroup", "Pelaksana");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MY-00", "MY-17", "MY-1", "Selangor", "MY-160", "SG-01"})
    void rejectsAnUnknownDutyStationState(String state) {
        Entry entry = etikaOfficer();
        entry.setAttribute("etikaDutyStationState", state);

        assertRejected(etika, entry, UUID, "sync.error.unknownState", state);
    }

    @Test
    void rejectsAManagerThatIsNotADn() {
        Entry entry = etikaOfficer();
        entry.setAttribute("manager", "Ketua Unit Sumber Manusia");

        assertRejected(etika, entry, UUID, "sync.error.malformedManager", "Ketua Unit Sumber Manusia");
    }

    @Test
    void plainInetOrgPersonIgnoresEtikaAttributesAndIsActive() {
        Entry entry = etikaOfficer();
        entry.setAttribute("etikaOfficerStatus", "RETIRED");
        entry.setAttribute("etikaGrade", "not a grade");

        OfficerProfile profile = mapped(mapper(MappingProfile.INET_ORG_PERSON).map(entry));

        assertThat(profile.directoryId()).isEqualTo(UUID);
        assertThat(profile.login()).isEqualTo("siti.aminah");
        assertThat(profile.fullName()).isEqualTo("Siti Aminah binti Abdullah");
        assertThat(profile.officialEmail()).isEqualTo("siti.aminah@jde.example");
        assertThat(profile.employeeNumber()).isEqualTo("JDE000123");
        assertThat(profile.positionTitle()).isEqualTo("Penolong Pegawai Tadbir");
        assertThat(profile.orgUnit()).isEqualTo("Unit Sumber Manusia");
        assertThat(profile.supervisorDn()).isEqualTo("uid=ketua.usm,ou=people,dc=jde,dc=example");
        assertThat(new String[] {profile.grade(), profile.gradeSystem(), profile.serviceScheme(),
            profile.serviceGroup(), profile.positionCode(), profile.agencyCode(), profile.dutyStationState()})
                .containsOnlyNulls();
        assertThat(profile.status()).isEqualTo(OfficerStatus.ACTIVE);
    }

    @Test
    void plainInetOrgPersonReadsAStatusWhenOneIsMapped() {
        Entry entry = etikaOfficer();
        entry.setAttribute("employeeType", "RETIRED");
        DirectoryEntryMapper mapper = new DirectoryEntryMapper(
                AttributeMapping.of(MappingProfile.INET_ORG_PERSON, Map.of("status", "employeeType")));

        assertThat(mapped(mapper.map(entry)).status()).isEqualTo(OfficerStatus.RETIRED);
    }

    @Test
    void mapsAnActiveDirectoryUser() {
        OfficerProfile profile = mapped(mapper(MappingProfile.ACTIVE_DIRECTORY).map(adUser("512")));

        assertThat(profile).isEqualTo(new OfficerProfile(UUID, "siti.aminah", AD_DN, "Siti Aminah binti Abdullah",
                "siti.aminah@jde.example", "JDE000123", "F41", "SSM", "F", "MANAGEMENT_PROFESSIONAL",
                "Pegawai Teknologi Maklumat", "JDE/USM/F41/0002", "JDE", "Sumber Manusia", "MY-10",
                OfficerStatus.ACTIVE, "CN=Ketua USM,OU=Unit Sumber Manusia,OU=JDE,DC=jde,DC=example"));
    }

    @ParameterizedTest
    @CsvSource({"512, ACTIVE", "66048, ACTIVE", "514, TERMINATED", "66050, TERMINATED", "-2147483134, TERMINATED"})
    void readsADisabledAdAccountAsInactive(String userAccountControl, OfficerStatus status) {
        DirectoryEntryMapper ad = mapper(MappingProfile.ACTIVE_DIRECTORY);

        assertThat(mapped(ad.map(adUser(userAccountControl))).status()).isEqualTo(status);
    }

    @Test
    void prefersTheAdStatusAttributeToTheAccountFlag() {
        DirectoryEntryMapper ad = mapper(MappingProfile.ACTIVE_DIRECTORY);
        Entry disabledButActive = adUser("514");
        disabledButActive.setAttribute("extensionAttribute8", "ACTIVE");
        Entry enabledButRetired = adUser("512");
        enabledButRetired.setAttribute("extensionAttribute8", "RETIRED");

        assertThat(mapped(ad.map(disabledButActive)).status()).isEqualTo(OfficerStatus.ACTIVE);
        assertThat(mapped(ad.map(enabledButRetired)).status()).isEqualTo(OfficerStatus.RETIRED);
    }

    @Test
    void derivesTheAdOrgUnitFromTheDnWithoutADepartment() {
        Entry entry = adUser("512");
        entry.removeAttribute("department");

        assertThat(mapped(mapper(MappingProfile.ACTIVE_DIRECTORY).map(entry)).orgUnit())
                .isEqualTo("Unit Sumber Manusia");
    }

    @Test
    void rejectsAnUnreadableUserAccountControl() {
        assertRejected(mapper(MappingProfile.ACTIVE_DIRECTORY), adUser("disabled"), UUID,
                "sync.error.unknownStatus", "disabled");
    }

    @Test
    void readsTheGuidsBytesUnsigned() {
        Entry entry = adUser("512");
        entry.setAttribute("objectGUID", bytes(0xcc, 0xdd, 0xee, 0xff, 0xaa, 0xbb, 0x88, 0x99, 0x77, 0x66, 0x55, 0x44,
                0x33, 0x22, 0x11, 0x00));

        assertThat(mapped(mapper(MappingProfile.ACTIVE_DIRECTORY).map(entry)).directoryId())
                .isEqualTo("ffeeddcc-bbaa-9988-7766-554433221100");
    }

    @Test
    void rejectsAGuidThatIsNotSixteenBytes() {
        Entry entry = adUser("512");
        entry.setAttribute("objectGUID", bytes(0x5b, 0xad, 0x8f));
        Entry missing = adUser("512");
        missing.removeAttribute("objectGUID");
        DirectoryEntryMapper ad = mapper(MappingProfile.ACTIVE_DIRECTORY);

        assertRejected(ad, entry, null, "sync.error.malformedStableId", "5bad8f");
        assertRejected(ad, missing, null, "sync.error.missingStableId", null);
    }

    @Test
    void mapsA389DsEntryWithItsNsUniqueIdVerbatim() {
        String nsUniqueId = "b5f7b382-1dd111b2-80b8c0ed-6e7b0000";
        Entry entry = etikaOfficer();
        entry.removeAttribute("entryUUID");
        entry.setAttribute("nsUniqueId", nsUniqueId);

        OfficerProfile profile = mapped(mapper(MappingProfile.DS389).map(entry));

        assertThat(profile.directoryId()).isEqualTo(nsUniqueId);
        assertThat(profile.grade()).isEqualTo("N5");
        assertThat(profile.status()).isEqualTo(OfficerStatus.ACTIVE);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "TRUE, -, TERMINATED",
        "true, -, TERMINATED",
        "FALSE, -, ACTIVE",
        "-, -, ACTIVE",
        "FALSE, RETIRED, RETIRED",
        "TRUE, ACTIVE, ACTIVE"})
    void readsA389DsAccountLockUnlessTheEntryStatesItsStatus(String nsAccountLock, String etikaStatus,
            OfficerStatus expected) {
        Entry entry = ds389Officer();
        if (nsAccountLock != null) {
            entry.setAttribute("nsAccountLock", nsAccountLock);
        }
        if (etikaStatus != null) {
            entry.setAttribute("etikaOfficerStatus", etikaStatus);
        }

        assertThat(mapped(mapper(MappingProfile.DS389).map(entry)).status()).isEqualTo(expected);
    }

    @Test
    void rejectsAnUnreadableNsAccountLock() {
        Entry entry = ds389Officer();
        entry.setAttribute("nsAccountLock", "locked");

        assertRejected(mapper(MappingProfile.DS389), entry, "b5f7b382-1dd111b2-80b8c0ed-6e7b0000",
                "sync.error.unknownStatus", "locked");
    }

    private static DirectoryEntryMapper mapper(MappingProfile profile) {
        return new DirectoryEntryMapper(AttributeMapping.of(profile, Map.of()));
    }

    private static Entry etikaOfficer() {
        return minimalEntry(DN,
                "objectClass: inetOrgPerson",
                "objectClass: etikaOfficer",
                "entryUUID: " + UUID,
                "uid: siti.aminah",
                "cn: Siti Aminah binti Abdullah (cn)",
                "displayName: Siti Aminah binti Abdullah",
                "sn: Abdullah",
                "mail: siti.aminah@jde.example",
                "employeeNumber: JDE000123",
                "title: Penolong Pegawai Tadbir",
                "ou: Unit Sumber Manusia",
                "manager: uid=ketua.usm,ou=people,dc=jde,dc=example",
                "etikaGrade: N5",
                "etikaGradeSystem: SSPA",
                "etikaServiceScheme: N",
                "etikaServiceGroup: SUPPORT",
                "etikaPositionCode: JDE/USM/N5/0001",
                "etikaAgencyCode: JDE",
                "etikaDutyStationState: MY-16",
                "etikaOfficerStatus: ACTIVE");
    }

    private static Entry ds389Officer() {
        Entry entry = etikaOfficer();
        entry.removeAttribute("entryUUID");
        entry.removeAttribute("etikaOfficerStatus");
        entry.setAttribute("nsUniqueId", "b5f7b382-1dd111b2-80b8c0ed-6e7b0000");
        return entry;
    }

    private static Entry adUser(String userAccountControl) {
        Entry entry = minimalEntry(AD_DN,
                "objectClass: user",
                "sAMAccountName: siti.aminah",
                "userPrincipalName: siti.aminah@jde.example",
                "cn: Abdullah, Siti Aminah",
                "displayName: Siti Aminah binti Abdullah",
                "mail: siti.aminah@jde.example",
                "employeeID: JDE000123",
                "title: Pegawai Teknologi Maklumat",
                "department: Sumber Manusia",
                "manager: CN=Ketua USM,OU=Unit Sumber Manusia,OU=JDE,DC=jde,DC=example",
                "userAccountControl: " + userAccountControl,
                "extensionAttribute1: F41",
                "extensionAttribute2: SSM",
                "extensionAttribute3: F",
                "extensionAttribute4: MANAGEMENT_PROFESSIONAL",
                "extensionAttribute5: JDE/USM/F41/0002",
                "extensionAttribute6: JDE",
                "extensionAttribute7: MY-10");
        entry.addAttribute("objectGUID", GUID_BYTES);
        return entry;
    }

    private static Entry minimalEntry(String dn, String... lines) {
        String[] ldif = new String[lines.length + 1];
        ldif[0] = "dn: " + dn;
        System.arraycopy(lines, 0, ldif, 1, lines.length);
        try {
            return new Entry(ldif);
        } catch (LDIFException malformed) {
            throw new IllegalArgumentException(malformed);
        }
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static OfficerProfile mapped(EntryMapping mapping) {
        assertThat(mapping).isInstanceOf(EntryMapping.Mapped.class);
        return ((EntryMapping.Mapped) mapping).profile();
    }

    private static void assertRejected(DirectoryEntryMapper mapper, Entry entry, String stableId, String reasonKey,
            String detail) {
        EntryMapping mapping = mapper.map(entry);
        assertThat(mapping).isInstanceOf(EntryMapping.Rejected.class);
        EntryMapping.Rejected rejected = (EntryMapping.Rejected) mapping;
        assertThat(rejected.reasonKey()).isEqualTo(reasonKey);
        assertThat(rejected.stableId()).isEqualTo(stableId);
        assertThat(rejected.detail()).isEqualTo(detail);
        assertThat(rejected.dn()).isEqualTo(entry.getDN());
    }
}
