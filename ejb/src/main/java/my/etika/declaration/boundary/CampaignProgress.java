package my.etika.declaration.boundary;

import java.util.List;

/** How far a campaign is: in all and by org unit (the dashboard's chart). */
public record CampaignProgress(long campaignId, String name, String status, Counts total, List<UnitCounts> units) {

    public record Counts(long audience, long signed, long pending, long excluded, long escalated) {

        /** Signed as a share of those still in the audience, 0–100, one decimal. */
        public double percentSigned() {
            long inAudience = signed + pending;
            return inAudience == 0 ? 0 : Math.round(1000.0 * signed / inAudience) / 10.0;
        }
    }

    public record UnitCounts(String orgUnit, Counts counts) {
    }
}
