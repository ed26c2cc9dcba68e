package my.etika.export.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A launched declaration campaign, offered as a filter of a declarations export. */
public record CampaignChoice(long id, String name, LocalDate dueOn) implements Serializable {
}
