package my.etika.discipline.entity;

/**
 * The track the chairman of the disciplinary authority chose (reg 35): proceedings not with a view to dismissal or
 * reduction in rank (reg 36, a lesser punishment) or with a view to them (reg 37).
 */
public enum IncidentTrack {
    REG36_LESSER, REG37_DISMISSAL
}
