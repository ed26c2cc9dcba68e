package my.etika.declaration.entity;

/** A campaign is prepared as a draft, launched (open: officers sign), then closed. */
public enum CampaignStatus {
    DRAFT, OPEN, CLOSED
}
