package my.etika.discipline.entity;

/** How a case reached the integrity unit. */
public enum IncidentSource {
    COMPLAINT, MONITORING, POLICE_REFERRAL, MACC_REFERRAL, HYGIENE_FINDING
}
