package my.etika.directory.control;

import java.util.Objects;
import my.etika.officer.entity.OfficerProfile;

/** What became of one directory entry: an officer profile, or the reason it was rejected. */
public sealed interface EntryMapping permits EntryMapping.Mapped, EntryMapping.Rejected {

    record Mapped(OfficerProfile profile) implements EntryMapping {
        public Mapped {
            Objects.requireNonNull(profile, "profile");
        }
    }

    /**
     * @param stableId the entry's stable id, {@code null} when it is missing or unreadable
     * @param reasonKey a {@code sync.error.*} message key
     * @param detail the offending value, for the log and the screen; {@code null} when the value is missing
     */
    record Rejected(String dn, String stableId, String reasonKey, String detail) implements EntryMapping {
        public Rejected {
            Objects.requireNonNull(dn, "dn");
            Objects.requireNonNull(reasonKey, "reasonKey");
        }
    }
}
